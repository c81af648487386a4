// The planning configuration in force: the regulation settings 'planning.*' (checked by the domain's
// validation), the ladder rows as the domain's PostLadder, and the retirement schedule.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import {
  type LadderPost,
  PLANNING_SETTING_KEYS,
  type PlanningSettings,
  type PostLadder,
  planningSettingsFromRows,
} from '../../../domain/planning/index.js';
import type { DB } from '../../db/schema.js';
import { getSettings } from '../settings/index.js';
import { type LadderRow, ladderRows } from './planning.queries.js';

/** The 'planning.*' settings in force on `on`. */
export async function loadPlanningSettings(db: Kysely<DB>, on: string = todayInVietnam()): Promise<PlanningSettings> {
  return planningSettingsFromRows(await getSettings(db, Object.values(PLANNING_SETTING_KEYS), on));
}

/** A ladder row as the domain's LadderPost (optional fields only when set, as in DEFAULT_POST_LADDER). */
export function toLadderPost(r: LadderRow): LadderPost {
  return {
    code: r.code,
    unitKind: r.unit_kind,
    track: r.track,
    rank: r.rank,
    ...(r.grp !== null ? { group: r.grp } : {}),
    kind: r.kind,
    seats: r.seats,
    approvingLevel: r.approving_level,
    referenceLevel: r.reference_level,
    ...(r.concurrent_with !== null ? { concurrentWith: r.concurrent_with } : {}),
  };
}

export interface LoadedLadder {
  ladder: PostLadder;
  rows: LadderRow[];
  posts: Array<LadderPost & { titleVi: string; titleEn: string; standards: Record<string, string>; committee: LadderRow['committee'] }>;
  byCode: Map<string, LadderRow>;
}

export async function loadLadder(db: Kysely<DB>): Promise<LoadedLadder> {
  const rows = await ladderRows(db);
  const ladder = { posts: rows.map(toLadderPost) };
  return {
    ladder,
    rows,
    posts: rows.map((r) => ({
      ...toLadderPost(r),
      titleVi: r.title_vi,
      titleEn: r.title_en,
      standards: r.standards as Record<string, string>,
      committee: r.committee,
    })),
    byCode: new Map(rows.map((r) => [r.code, r])),
  };
}
