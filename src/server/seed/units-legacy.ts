// The pre-2025 units (old provinces, districts, communes) the demo keeps as history.
// (Part of units-factory.ts, which re-exports it: the seed imports from there.)
import type { PostRow, SeedBatch, TenureRow } from './batch.js';
import { addDays } from '../../domain/dates.js';
import { randomDate } from './days.js';
import type { Random } from './random.js';
import { type CadreGroup, communeKind, HISTORY_FROM, REFORM_DATE, splitAdminName, TERM } from './units-common.js';

// ---------------------------------------------------------------------------------------------
// Pre-2025 units (history)

const COMMITTEE_WORD: Record<string, string> = { tỉnh: 'Tỉnh ủy', huyện: 'Huyện ủy', quận: 'Quận ủy', 'thị xã': 'Thị ủy' };

export interface LegacyOrg {
  unitId: string;
  /** Party committee and People's Committee of the unit. */
  committee: string;
  peoplesCommittee: string;
  /** Advisory body for organisation (provinces only). */
  organising?: string;
  /** The unit's posts, most senior first. */
  posts: Array<{ post: PostRow; body: 'party' | 'state' | 'none'; seniority: number }>;
}

/**
 * An old province, district or commune with its Party committee and People's Committee, valid
 * [HISTORY_FROM, REFORM_DATE). Posts: head of the Party committee, standing deputy, chair and
 * vice-chair of the People's Committee (provinces: also the organising board).
 */
export function buildLegacyUnit(
  batch: SeedBatch,
  level: 'province' | 'district' | 'commune',
  admin: { id: string; name: string; type: string },
  parentId: string | null,
): LegacyOrg {
  const validFrom = HISTORY_FROM;
  const validTo = REFORM_DATE;
  const { word, bare } = splitAdminName(admin.name);
  const label = `${word} ${bare}`;
  const kind = level === 'commune' ? communeKind(admin.type) : level;
  const unitId = batch.unit({ kind, name: admin.name, adminUnitId: admin.id, validFrom, validTo }, parentId);
  const committeeWord = level === 'commune' ? 'Đảng ủy' : (COMMITTEE_WORD[word] ?? 'Thành ủy');
  const committeeShort = level === 'commune' ? `Đảng ủy ${label}` : `${committeeWord} ${bare}`;
  const u = (k: string, name: string, parent: string, shortName: string) =>
    batch.unit({ kind: k, name, shortName, validFrom, validTo }, parent);
  const committee = u('party_committee', `Đảng bộ ${label}`, unitId, committeeShort);
  const peoplesCommittee = u('peoples_committee', `Ủy ban nhân dân ${label}`, unitId, `UBND ${label}`);
  const group: CadreGroup = level === 'commune' ? 'leader_commune' : 'leader_province';
  const posts: LegacyOrg['posts'] = [
    {
      post: batch.post(committee, { title: `Bí thư ${committeeWord}`, isHead: true, isKey: true, cadreGroup: group, rank: 1 }),
      body: 'party',
      seniority: 1,
    },
    {
      post: batch.post(peoplesCommittee, { title: `Chủ tịch UBND ${word}`, isHead: true, isKey: true, cadreGroup: group, rank: 1 }),
      body: 'state',
      seniority: 2,
    },
    {
      post: batch.post(committee, { title: `Phó Bí thư Thường trực ${committeeWord}`, isKey: true, cadreGroup: group, rank: 2 }),
      body: 'party',
      seniority: 3,
    },
    { post: batch.post(peoplesCommittee, { title: `Phó Chủ tịch UBND ${word}`, cadreGroup: group, rank: 5 }), body: 'state', seniority: 4 },
  ];
  let organising: string | undefined;
  if (level === 'province') {
    organising = u('advisory_body', `Ban Tổ chức ${committeeWord} ${bare}`, committee, `Ban Tổ chức ${committeeWord}`);
    const head = batch.post(organising, { title: `Trưởng Ban Tổ chức ${committeeWord}`, isHead: true, cadreGroup: group, rank: 11 });
    posts.push({ post: head, body: 'none', seniority: 5 });
  }
  return { unitId, committee, peoplesCommittee, organising, posts };
}

/** A tenure in a pre-2025 post, ending the day before the reform. */
export function holdLegacyPost(
  batch: SeedBatch,
  rng: Random,
  personId: string,
  post: PostRow,
  body: 'party' | 'state' | 'none',
): TenureRow {
  const end = addDays(REFORM_DATE, -1);
  if (body === 'party') return batch.tenure(personId, post, randomDate(rng, '2020-05-15', '2020-10-15'), end, 'elected', TERM.partyOld);
  if (body === 'state') return batch.tenure(personId, post, randomDate(rng, '2021-06-20', '2021-07-10'), end, 'elected', TERM.stateOld);
  return batch.tenure(
    personId,
    post,
    randomDate(rng, '2020-01-01', '2023-12-31'),
    end,
    'appointed',
    null,
    `Quyết định số ${rng.int(100, 999)}-QĐ/TU`,
  );
}
