// Benchmark data: a real province with ~100 communes and ~30,000 people per unit of scale, built
// the same way as the demo (shared factories) but without pre-2025 history, and a year of tasks
// (≈130 per person, generated in SQL by work-generate.ts). Scale 1 uses 100 of
// Tỉnh Thanh Hóa's 166 communes; beyond 166 communes they repeat with a suffix ("Xã X (2)").
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { addAccounts } from './accounts.js';
import { type AdminCommune, loadAdminContext } from './admin-context.js';
import { SeedBatch } from './batch.js';
import { PeopleFactory } from './people-factory.js';
import { Random } from './random.js';
import { loadReferenceData } from './reference.js';
import { inTransaction } from './tx.js';
import { BENCH_TODAY, generateWorkYear } from './work-generate.js';
import { assignDefaultCriteria } from '../modules/criteria/index.js';
import { buildCommuneOrg, buildProvinceOrg, type CommuneShape, staffCommune, staffProvince } from './units-factory.js';

export interface GenerateOptions {
  /** 1 ≈ 30,000 people in 100 communes. */
  scale: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * A year of tasks: average tasks led per person (DEFAULT_TASKS_PER_PERSON = 130 gives ≈ 4 million
   * tasks at scale 1). Default 0 (none), so that benchmarks that do not read tasks stay quick.
   */
  tasksPerPerson?: number;
}
export interface GenerateResult {
  people: number;
  units: number;
  tasks: number;
  assignees: number;
  communeUnitIds: string[];
  provinceUnitId: string;
}

export const BENCH_PROVINCE_CODE = '38'; // Tỉnh Thanh Hóa, 166 communes
const PEOPLE_PER_SCALE = 30_000;
const COMMUNES_PER_SCALE = 100;
const SHAPE: CommuneShape = { cells: [5, 15], staffPerDivision: [4, 7], subcommitteeChance: 0.35 };

export async function generateProvince(db: Kysely<DB>, opts: GenerateOptions): Promise<GenerateResult> {
  if (!(opts.scale > 0)) throw new RangeError(`scale must be positive: ${opts.scale}`);
  const seed = opts.seed ?? 1;
  await loadReferenceData(db);
  const admin = await loadAdminContext(db);
  const rng = Random.derive(seed, 'generate:content');
  const batch = new SeedBatch(Random.derive(seed, 'generate:ids'));
  const province = admin.provinceByCode.get(BENCH_PROVINCE_CODE)!;

  const communeCount = Math.max(1, Math.round(COMMUNES_PER_SCALE * opts.scale));
  const peopleTotal = Math.max(communeCount * 40, Math.round(PEOPLE_PER_SCALE * opts.scale));
  const picks: Array<{ admin: AdminCommune; suffix: string }> = [];
  for (let round = 0; picks.length < communeCount; round++) {
    const need = communeCount - picks.length;
    const chosen = rng.sample(province.communes, need).sort((a, b) => a.code.localeCompare(b.code));
    for (const c of chosen) picks.push({ admin: c, suffix: round === 0 ? '' : ` (${round + 1})` });
  }

  const usedCitizenIds = new Set(
    (await db.selectFrom('person').select('citizen_id').where('citizen_id', 'is not', null).execute()).map((r) => r.citizen_id!),
  );
  const factory = new PeopleFactory({
    rng,
    batch,
    admin,
    provinceCode: province.code,
    neighbourProvinceCodes: ['37', '40', '14', '25'],
    ethnicMinorities: [
      ['Mường', 8],
      ['Thái', 5.5],
      ['Dao', 0.4],
      ['Mông', 0.5],
      ['Thổ', 0.3],
    ],
    religions: [
      ['Công giáo', 4],
      ['Phật giáo', 3],
    ],
    usedCitizenIds,
    referenceDate: BENCH_TODAY,
  });

  const prov = buildProvinceOrg(batch, rng, province);
  const existing = await db.selectFrom('org_unit').select('id').where('id', '=', prov.unitId).executeTakeFirst();
  if (existing) throw new Error(`generated data with seed ${seed} is already in this database: use another seed`);
  staffProvince(batch, rng, factory, prov);
  const perCommune = (peopleTotal - batch.people.length) / communeCount;
  const communeUnitIds: string[] = [];
  picks.forEach((pick, i) => {
    const org = buildCommuneOrg(batch, rng, pick.admin, prov.unitId, { shape: SHAPE, nameSuffix: pick.suffix });
    // Spread the remainder so that the total lands on peopleTotal.
    const target = Math.round(perCommune * (i + 1)) - Math.round(perCommune * i);
    staffCommune(batch, rng, factory, org, { people: target });
    communeUnitIds.push(org.unitId);
  });

  const hasAdmin = await db.selectFrom('account').select('id').where('username', '=', 'bench.admin').executeTakeFirst();
  if (!hasAdmin) {
    await addAccounts(batch, [{ username: 'bench.admin', displayName: 'Quản trị (benchmark)', role: 'admin', unitId: prov.unitId }]);
  }

  // One progress scale for the organisation rows and the tasks (estimated until they are counted).
  const orgRows = batch.rowCount();
  let taskTotal = batch.people.length * (opts.tasksPerPerson ?? 0);
  let done = 0;
  opts.onProgress?.(0, orgRows + taskTotal);
  await inTransaction(db, (trx) =>
    batch.write(trx, (n) => {
      done += n;
      opts.onProgress?.(done, orgRows + taskTotal);
    }),
  );
  await assignDefaultCriteria(db, prov.unitId, '2025-01-01');
  const work = await generateWorkYear(db, {
    provinceUnitId: prov.unitId,
    seed,
    tasksPerPerson: opts.tasksPerPerson ?? 0,
    onProgress: (tasks, total) => {
      taskTotal = total;
      opts.onProgress?.(orgRows + tasks, orgRows + taskTotal);
    },
  });
  opts.onProgress?.(orgRows + work.tasks, orgRows + work.tasks);
  return { people: batch.people.length, units: batch.units.length, communeUnitIds, provinceUnitId: prov.unitId, ...work };
}
