// Computing a whole period in bulk (opening it, closing it, the period-close benchmark): a few
// set-based queries load the facts — the rows, the criteria sets, per-person and per-collective task
// totals (one GROUP BY each), the trigger inputs (conduct module), the heads of collectives and, for
// a year, the quarterly scores — then the pure domain rules run in memory and the results go back
// in chunks of UPDATE … FROM jsonb_to_recordset. Collectives are computed first: a leader's results
// include the levels of the collectives they head.
//
// Evidence time: every row written carries inputs.computedAt (when its facts were taken); the digest
// leaves it out, so a recompute over unchanged facts writes nothing and the time says "unchanged since".
// `only` (the refresh of one evaluation) computes what those rows need — their persons' task totals
// and triggers, every collective (a leader's results include them) — and writes only those rows,
// even when nothing changed (so the time of the refresh shows).
//
// Modes: 'open' also decides exclusions (Quy định 366-QĐ/TW) and writes status 'excluded' with the
// reason; 'close' and 'recompute' keep every status as it is (an exclusion is decided once, at
// opening) and refresh the task facts, inputs, results score, gates and proposed level.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { type Level, checkExclusion, periodBounds, q4Part, workedPeriods } from '../../../domain/evaluation/index.js';
import { type Period, type SummaryTotals } from '../../../domain/task-summary.js';
import type { DB } from '../../db/schema.js';
import { type TriggerInputs, type UnitTriggerInputs, triggerInputs, unitTriggerInputs } from '../conduct/index.js';
import { type TargetProgress, basicTargetProgress } from '../indicators/index.js';
import * as bq from './evaluation.bulk.queries.js';
import { commitmentOutcomesOfPeriod } from '../commitments/index.js';
import { type StoredInputs, bestItems, buildSets, evaluate, loadRules } from './evaluation.engine.js';
import { type PartTotals, collectiveTaskTotals, personTaskTotals } from './evaluation.facts.queries.js';
import { periodForCompute } from './evaluation.writes.queries.js';

export type ComputeMode = 'open' | 'close' | 'recompute';
export interface ComputeProgress {
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}
export interface ComputeOptions {
  mode?: ComputeMode;
  /** The day the task numbers are taken (default today in Vietnam). */
  asOf?: string;
  /** Only these evaluations are written (a refresh); their facts are taken and written even when unchanged. */
  only?: ReadonlySet<string>;
}
export interface ComputeSummary {
  evaluations: number;
  excluded: number;
  /** Evaluations with a total score (the general part scored). */
  scored: number;
  /** Rows whose computed values changed and were written. */
  written: number;
  proposed: Record<Level | 'none', number>;
}

type Trx = Transaction<DB>;

/** Computes every evaluation of the period, all or nothing (its own transaction unless given one). */
export async function computePeriod(
  db: Kysely<DB> | Trx,
  periodId: string,
  onProgress: (p: ComputeProgress) => unknown = () => {},
  opts: ComputeOptions = {},
): Promise<ComputeSummary> {
  if (db.isTransaction) return computePeriodTx(db as Trx, periodId, onProgress, opts);
  return db.transaction().execute((trx) => computePeriodTx(trx, periodId, onProgress, opts));
}

function sumTotals(a: SummaryTotals | undefined, b: SummaryTotals | undefined): SummaryTotals | null {
  if (!a && !b) return null;
  if (!a) return b!;
  if (!b) return a;
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof SummaryTotals>) out[k] += b[k];
  return out;
}

/** Parts → {score window totals, gate totals} per id; for a year the score window is the Q4 part. */
function splitTotals(rows: PartTotals[], year: boolean): Map<string, { tasks: SummaryTotals | null; gate: SummaryTotals | null }> {
  const parts = new Map<string, [SummaryTotals | undefined, SummaryTotals | undefined]>();
  for (const r of rows) {
    const p = parts.get(r.id) ?? [undefined, undefined];
    p[r.part] = r.totals;
    parts.set(r.id, p);
  }
  const out = new Map<string, { tasks: SummaryTotals | null; gate: SummaryTotals | null }>();
  for (const [id, [a, b]] of parts) out.set(id, year ? { tasks: b ?? null, gate: sumTotals(a, b) } : { tasks: a ?? null, gate: a ?? null });
  return out;
}

const sameAs = (worked: Period[], p: Period) => worked.length === 1 && worked[0].from === p.from && worked[0].to === p.to;

async function computePeriodTx(
  trx: Trx,
  periodId: string,
  onProgress: (p: ComputeProgress) => unknown,
  opts: ComputeOptions,
): Promise<ComputeSummary> {
  const mode = opts.mode ?? 'recompute';
  const asOf = opts.asOf ?? todayInVietnam();
  const period = await periodForCompute(trx, periodId);
  const isYear = period.kind === 'year';
  const gateWindow: Period =
    period.kind === 'term' ? { from: period.start_date, to: period.end_date } : periodBounds(period.kind, period.year, period.number);
  const scoreWindow: Period = isYear ? q4Part(period.year) : gateWindow;

  const rules = await loadRules(trx, gateWindow.to);
  const computedAt = new Date().toISOString();
  const only = opts.only;
  const rows = (await bq.computeRows(trx, periodId)).filter((r) => !only || only.has(r.id) || r.subject_unit_id);
  const total = rows.length;
  await onProgress({ phase: 'validating', done: 0, total });
  const sets = buildSets(await bq.setsById(trx, [...new Set(rows.map((r) => r.criteria_set_id))]), rules.formula);
  const personIds = rows.filter((r) => r.person_id).map((r) => r.person_id!);
  const triggers = await triggerInputs(trx, personIds, gateWindow);

  // Exclusions (opening only) and the time actually worked.
  const excluded = new Map<string, { reason: string }>();
  const worked = new Map<string, Period[]>();
  const windows: Array<{ personId: string; from: string; to: string }> = [];
  for (const r of rows) {
    if (!r.person_id) continue;
    const t = triggers.get(r.person_id)!;
    if (mode === 'open') {
      const x = checkExclusion(
        { period: gateWindow, admittedOn: r.admitted_on, statuses: t.statuses, partyRules: r.cadre_group !== 'civil_servant' },
        rules.exclusions,
      );
      if (x.excluded) {
        excluded.set(r.id, { reason: x.reason });
        continue;
      }
    } else if (r.status === 'excluded') continue;
    const w = workedPeriods(gateWindow, t.statuses);
    if (sameAs(w, gateWindow)) continue;
    worked.set(r.person_id, w);
    // A person on leave for the whole period in a later recompute: a window that holds no task.
    if (w.length === 0) windows.push({ personId: r.person_id, from: '0001-01-01', to: '0001-01-01' });
    for (const p of w) windows.push({ personId: r.person_id, from: p.from, to: p.to });
  }

  const splitAt = isYear ? scoreWindow.from : null;
  const totalsQuery = { periodId, from: gateWindow.from, to: gateWindow.to, asOf, splitAt };
  const people = splitTotals(await personTaskTotals(trx, { ...totalsQuery, windows, ...(only ? { personIds } : {}) }), isYear);
  const units = splitTotals(await collectiveTaskTotals(trx, { ...totalsQuery, rootUnitId: period.unit_id }), isYear);
  const hasLeaders = rows.some((r) => r.is_leader && r.person_id);
  const heads = hasLeaders ? await bq.headsOfCollectives(trx, periodId, gateWindow.to) : [];
  const quarters = new Map<string, Array<number | null>>();
  if (isYear) {
    for (const q of await bq.quarterScores(trx, periodId, period.year)) {
      const qs = quarters.get(q.person_id) ?? [null, null, null];
      qs[q.number - 1] = q.score;
      quarters.set(q.person_id, qs);
    }
  }

  // Records about units: the collectives' own discipline, gate and shortcomings; their leaders' incidents and targets.
  const headedUnits = [...new Set(heads.map((h) => h.unit_id))];
  const collectiveIds = rows.filter((r) => r.subject_unit_id).map((r) => r.subject_unit_id!);
  const unitInputs = await unitTriggerInputs(
    trx,
    [...new Set([...collectiveIds, ...headedUnits])],
    gateWindow,
    rules.classification.notCompleted.disciplineKinds,
  );
  // The basic targets of a led unit: its own indicators and those of the territory it leads (the commune of its committee).
  const territory = new Map(
    (isYear ? await bq.territoriesOf(trx, headedUnits, gateWindow.to) : []).map((r) => [r.unit_id, r.territory_id]),
  );
  const targetUnits = [...new Set([...headedUnits, ...territory.values()])];
  const targets =
    isYear && headedUnits.length > 0
      ? await basicTargetProgress(trx, targetUnits, period.year, rules.classification.basicTargets?.codes ?? [], gateWindow.to)
      : null;
  const targetsOf = (unitId: string): TargetProgress[] => {
    const t = territory.get(unitId);
    return [...(targets?.get(unitId) ?? []), ...(t ? (targets?.get(t) ?? []) : [])];
  };
  // Quy định 366-QĐ/TW, Điều 6: the year's review covers the annual commitment (a general criterion may take its points from it).
  const commitments = isYear ? await commitmentOutcomesOfPeriod(trx, periodId, period.year) : new Map<string, number | null>();
  // Rows are written while the next ones are computed; the writing phase is reported once computing is done.
  let computed = 0;
  let writing = false;
  const writer: bq.ComputedWriter = new bq.ComputedWriter(trx, (done) =>
    writing ? onProgress({ phase: 'writing', done, total: writer.queued }) : undefined,
  );
  const summary: ComputeSummary = {
    evaluations: total,
    excluded: 0,
    scored: 0,
    written: 0,
    proposed: { excellent: 0, good: 0, completed: 0, not_completed: 0, none: 0 },
  };
  const collectiveLevel = new Map<string, { evaluationId: string; level: Level | null; assigned: number; done: number }>();
  // Collectives first, then persons (a leader's results include the collectives they head).
  const ordered = [...rows.filter((r) => r.subject_unit_id), ...rows.filter((r) => r.person_id)];
  const headsOf = new Map<string, string[]>();
  for (const h of heads) headsOf.set(h.person_id, [...(headsOf.get(h.person_id) ?? []), h.unit_id]);

  for (const r of ordered) {
    const x = excluded.get(r.id);
    if (x) {
      summary.excluded += 1;
      if (only && !only.has(r.id)) continue;
      writer.push({
        id: r.id,
        status: 'excluded',
        excluded_reason: x.reason,
        worked_ratio: x.reason === 'on_leave' ? 0 : 1,
        inputs: { excluded: true },
        results_score: null,
        proposed_level: null,
        gate_report: {},
      });
      continue;
    }
    if (r.status === 'excluded') {
      // Decided at opening; left as it is.
      summary.excluded += 1;
      continue;
    }
    const set = sets.get(r.criteria_set_id)!;
    const key = r.person_id ?? r.subject_unit_id!;
    const facts = (r.person_id ? people : units).get(key);
    const t: TriggerInputs | undefined = r.person_id ? triggers.get(r.person_id) : undefined;
    const w = r.person_id ? (worked.get(r.person_id) ?? null) : null;
    const ut: UnitTriggerInputs | undefined = r.subject_unit_id ? unitInputs.get(r.subject_unit_id) : undefined;
    const inputs: StoredInputs = {
      subject: r.person_id ? 'person' : 'collective',
      isLeader: r.is_leader && !!r.person_id,
      asOf,
      window: scoreWindow,
      gateWindow,
      worked: w,
      tasks: facts?.tasks ?? null,
      triggers: {
        disciplines: (ut ?? t)?.disciplines ?? [],
        degradations: t?.degradations ?? [],
        confidenceVote: t?.confidenceVote ?? null,
        shortcomings: (ut ?? t)?.shortcomings ?? { total: 0, fixed: 0 },
        ...(ut
          ? {
              disciplinedMembers: ut.disciplinedUnits + ut.disciplinedLeaders,
              disciplinedUnits: ut.disciplinedUnits,
              disciplinedLeaders: ut.disciplinedLeaders,
            }
          : {}),
      },
    };
    if (isYear) inputs.gateTasks = facts?.gate ?? null;
    if (inputs.isLeader) {
      const led = headsOf.get(r.person_id!) ?? [];
      inputs.triggers.corruptionInScope = led.some((id) => (unitInputs.get(id)?.incidents ?? 0) > 0);
      inputs.triggers.basicTargets = targets
        ? [...new Map(led.flatMap(targetsOf).map((x) => [`${x.unitId}|${x.code}`, x])).values()]
        : null;
      inputs.units = led
        .map((u) => ({ unitId: u, c: collectiveLevel.get(u) }))
        .filter((u) => u.c)
        .map((u) => ({ evaluationId: u.c!.evaluationId, unitId: u.unitId, level: u.c!.level, assigned: u.c!.assigned, done: u.c!.done }));
    }
    if (isYear && r.person_id) inputs.quarters = quarters.get(r.person_id) ?? [null, null, null];
    if (r.self_missing) inputs.selfMissing = true;
    if (isYear && r.person_id && commitments.has(r.person_id)) inputs.commitmentPct = commitments.get(r.person_id)!;

    const e = evaluate(set, inputs, bestItems(r), rules);
    if (r.subject_unit_id) {
      const gateTasks = inputs.gateTasks === undefined ? inputs.tasks : inputs.gateTasks;
      const level = (r.decision_level ?? r.appraisal_level ?? e.proposedLevel) as Level | null;
      collectiveLevel.set(r.subject_unit_id, { evaluationId: r.id, level, assigned: gateTasks?.assigned ?? 0, done: gateTasks?.done ?? 0 });
    }
    if (e.scored.total !== null) summary.scored += 1;
    summary.proposed[e.proposedLevel ?? 'none'] += 1;
    const u: bq.ComputedUpdate = {
      id: r.id,
      status: r.status,
      excluded_reason: null,
      worked_ratio: workedRatio(w, gateWindow),
      inputs,
      results_score: e.resultsScore,
      proposed_level: e.proposedLevel,
      gate_report: e.gateReport,
    };
    // A row the computation would write exactly as it is stays untouched (a re-close on the same facts writes nothing).
    // Serialised once: the digest and the written row use the same text (computedAt and the digest spliced in).
    const inputsJson = JSON.stringify(inputs);
    const gateJson = JSON.stringify(e.gateReport);
    const digest = digestOf(u, inputsJson, gateJson);
    const write = only ? only.has(r.id) : digest !== r.digest;
    if (write) writer.pushJson(bq.computedRowJson(u, withKey(inputsJson, 'computedAt', computedAt), withKey(gateJson, 'digest', digest)));
    if (++computed % 1000 === 0) {
      await onProgress({ phase: 'validating', done: computed, total });
      // A turn of the event loop: the writer's chunk results arrive and the next chunk is sent.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  writing = true;
  await onProgress({ phase: 'writing', done: writer.written, total: writer.queued });
  summary.written = await writer.flush();
  return summary;
}

/**
 * What a computation writes for a row, digested: the same digest means the same values. The text
 * hashed is JSON.stringify([status, excluded_reason, worked_ratio, inputs, results_score,
 * proposed_level, gate_report]), built from the row's inputs and gate report as already serialised.
 */
function digestOf(u: bq.ComputedUpdate, inputsJson: string, gateJson: string): string {
  const j = (v: unknown) => JSON.stringify(v) ?? 'null';
  const text = `[${j(u.status)},${j(u.excluded_reason)},${j(u.worked_ratio)},${inputsJson},${j(u.results_score)},${j(u.proposed_level)},${gateJson}]`;
  return createHash('sha1').update(text).digest('base64');
}

/** `{...obj, [key]: value}` on obj's JSON text (key not in obj): the key goes last, as the spread puts it. */
function withKey(objJson: string, key: string, value: string): string {
  const member = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  return objJson === '{}' ? `{${member}}` : `${objJson.slice(0, -1)},${member}}`;
}

const DAY = 86_400_000;
const days = (p: Period) => (Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / DAY + 1;

/** Hướng dẫn 43-HD/BTCTW: days worked / days of the period, 4 decimals (as exclusions.ts stores it). */
function workedRatio(worked: Period[] | null, period: Period): number {
  if (worked === null) return 1;
  return Math.round((worked.reduce((a, p) => a + days(p), 0) / days(period)) * 10_000) / 10_000;
}
