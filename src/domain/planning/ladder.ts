// The post ladder (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW) as data an administrator edits.
//
// Model (chosen here, tested in ladder.test.ts):
// - A post belongs to one LADDER = its unit kind + track ('post' for leadership posts, 'committee' for
//   executive/standing committee seats, 'inspection' for inspection-committee seats). Within a ladder
//   rank 1 is the top and posts of equal rank are equivalent.
// - `group` links posts across ladders (e.g. a commune Party secretary ≡ a province department director):
//   a post is placed in another ladder at the rank of that ladder's posts of the same group. Two posts
//   are comparable when they share a ladder or one maps into the other's ladder; otherwise the ladder
//   cannot say (null).
// - "Steps up" counts the distinct ranks climbed in the target's ladder (rank 3 → rank 1 is 2 steps
//   when rank 2 exists). A person holding no post of that ladder enters at its bottom (1 step to the
//   lowest rank). Target 1 = 1 step (next up), target 2 = 2 steps; more steps than the target refuse, fewer
//   warn (shown, allowed). A committee seat is measured from the seats held only.
// - A post held concurrently by structure (`concurrentWith`) is never planned on its own.
import { PLANNING_RULES } from './citations.js';
import { type RuleCheck, ruleCheck } from './rule-check.js';
import type { ReferenceLevel } from './settings.js';

export type LadderTrack = 'post' | 'committee' | 'inspection';

export interface LadderPost {
  code: string;
  unitKind: string;
  track: LadderTrack;
  /** 1 = the top of its ladder; equal ranks are equivalent. */
  rank: number;
  /** Equivalence across ladders (unit kinds / tracks). */
  group?: string;
  /** Committee seats do not count in the posts-per-candidate cap. */
  kind: 'leadership' | 'committee_seat';
  /** Seats of a leadership post (3 deputy seats → 9 candidates); committee seats use the unit's fixed number. */
  seats: number;
  /** Level that approves the plan for this post (the posts-per-candidate cap counts per level). */
  approvingLevel: string;
  /** Level whose reference month applies to the age rule. */
  referenceLevel: ReferenceLevel;
  /** Held by structure together with this post: never planned on its own. */
  concurrentWith?: string;
}

export interface PostLadder {
  posts: readonly LadderPost[];
}

export type TargetLevel = 1 | 2;

const ladderKey = (p: LadderPost) => `${p.unitKind}/${p.track}`;

function find(ladder: PostLadder, code: string): LadderPost {
  const p = ladder.posts.find((x) => x.code === code);
  if (!p) throw new RangeError(`Unknown post code: ${JSON.stringify(code)}`);
  return p;
}

/** The rank `post` takes in ladder `key` (its own rank, or the rank of that ladder's posts of its group); null if it has none. */
function rankIn(ladder: PostLadder, post: LadderPost, key: string): number | null {
  if (ladderKey(post) === key) return post.rank;
  if (!post.group) return null;
  const twin = ladder.posts.find((q) => ladderKey(q) === key && q.group === post.group);
  return twin ? twin.rank : null;
}

/** Quy định 377-QĐ/TW (thứ bậc chức danh): -1 if post a is higher than b, 0 if equivalent, 1 if lower, null if the ladder cannot compare them. */
export function compareRank(ladder: PostLadder, a: string, b: string): -1 | 0 | 1 | null {
  const pa = find(ladder, a);
  const pb = find(ladder, b);
  let ra = rankIn(ladder, pa, ladderKey(pb));
  let rb: number | null = pb.rank;
  if (ra === null) {
    rb = rankIn(ladder, pb, ladderKey(pa));
    ra = pa.rank;
  }
  if (rb === null) return null;
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** Quy định 377-QĐ/TW: true if post a is higher than post b. */
export function isHigher(ladder: PostLadder, a: string, b: string): boolean {
  return compareRank(ladder, a, b) === -1;
}

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (chức danh tương đương): true if the posts are equivalent (same rank in one ladder or the same group). */
export function isEquivalent(ladder: PostLadder, a: string, b: string): boolean {
  return compareRank(ladder, a, b) === 0;
}

/** Hướng dẫn 45-HD/BTCTW (đối tượng 1, 2): distinct ranks climbed from `from` (null = holds no post of that ladder) to `to`; ≤ 0 if not higher, null if not comparable. */
export function stepsUp(ladder: PostLadder, from: string | null, to: string): number | null {
  const target = find(ladder, to);
  const ranksOf = (key: string) => [...new Set(ladder.posts.filter((p) => ladderKey(p) === key).map((p) => p.rank))];
  if (from === null) return ranksOf(ladderKey(target)).filter((r) => r >= target.rank).length;
  const source = find(ladder, from);
  // Count in the target's ladder when the held post maps into it, else in the held post's ladder.
  let key = ladderKey(target);
  let rc = rankIn(ladder, source, key);
  let rt: number | null = target.rank;
  if (rc === null) {
    key = ladderKey(source);
    rc = source.rank;
    rt = rankIn(ladder, target, key);
  }
  if (rt === null) return null;
  const ranks = ranksOf(key);
  if (rc === rt) return 0;
  if (rc < rt) return -ranks.filter((r) => r >= rc && r < rt).length;
  return ranks.filter((r) => r >= rt && r < rc).length;
}

const stepsFrom = (ladder: PostLadder, current: string | null, n: number) =>
  ladder.posts.filter((p) => !p.concurrentWith && stepsUp(ladder, current, p.code) === n).map((p) => p.code);

/** Hướng dẫn 45-HD/BTCTW (đối tượng 1: chức danh cao hơn liền kề): the plannable posts one step above `current`. */
export function nextUp(ladder: PostLadder, current: string | null): string[] {
  return stepsFrom(ladder, current, 1);
}

/** Hướng dẫn 45-HD/BTCTW (đối tượng 2: cao hơn hai bậc): the plannable posts two steps above `current`. */
export function twoUp(ladder: PostLadder, current: string | null): string[] {
  return stepsFrom(ladder, current, 2);
}

/**
 * Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW: may a person holding `current` (the ladder codes of every post they hold, possibly none)
 * be planned for `target` at `targetLevel`? Refused: concurrent-by-structure, the same, an equivalent or a lower
 * post; more steps than the target level. Warned: fewer steps than the target level, or no held post comparable.
 */
export function checkPlannable(ladder: PostLadder, current: readonly string[], target: string, targetLevel: TargetLevel): RuleCheck {
  const t = find(ladder, target);
  const base = { target, targetLevel };
  if (t.concurrentWith) {
    return ruleCheck('planning.post.concurrent', 'fail', PLANNING_RULES.higherPost, { ...base, concurrentWith: t.concurrentWith });
  }
  // For a committee seat only the seats held matter (an office chief planned for the executive committee
  // enters that ladder at its bottom); for a leadership post every post held counts.
  const relevant = t.kind === 'committee_seat' ? current.filter((c) => find(ladder, c).kind === 'committee_seat') : current;
  const comparable = relevant.filter((c) => compareRank(ladder, c, target) !== null);
  const held = (cmp: -1 | 0) => comparable.find((c) => compareRank(ladder, c, target) === cmp);
  if (current.includes(target)) return ruleCheck('planning.post.same', 'fail', PLANNING_RULES.higherPost, { ...base, current: target });
  const eq = held(0);
  if (eq) return ruleCheck('planning.post.equivalent', 'fail', PLANNING_RULES.higherPost, { ...base, current: eq });
  const higher = held(-1);
  if (higher) return ruleCheck('planning.post.lower', 'fail', PLANNING_RULES.higherPost, { ...base, current: higher });
  if (relevant.length > 0 && comparable.length === 0) {
    return ruleCheck('planning.post.not_comparable', 'warn', PLANNING_RULES.higherPost, { ...base, current: [...relevant] });
  }
  // The closest held post decides the steps (the highest one in the target's ladder).
  const steps = comparable.length === 0 ? stepsUp(ladder, null, target)! : Math.min(...comparable.map((c) => stepsUp(ladder, c, target)!));
  const from = comparable.find((c) => stepsUp(ladder, c, target) === steps) ?? null;
  const params = { ...base, current: from, steps };
  if (steps > targetLevel) return ruleCheck('planning.post.too_far', 'fail', PLANNING_RULES.targets, params);
  if (steps < targetLevel) return ruleCheck('planning.post.closer_than_target', 'warn', PLANNING_RULES.targets, params);
  return ruleCheck('planning.post.ok', 'pass', PLANNING_RULES.targets, params);
}

export interface LadderIssue {
  code: string;
  post: string;
  detail?: string;
}

/** Quy định 377-QĐ/TW (danh mục chức danh do tỉnh quản lý): problems in an edited ladder (duplicate codes, bad ranks or seats, dangling concurrency, a group split across ranks of one ladder). */
export function validateLadder(ladder: PostLadder): LadderIssue[] {
  const issues: LadderIssue[] = [];
  const seen = new Set<string>();
  for (const p of ladder.posts) {
    if (seen.has(p.code)) issues.push({ code: 'ladder.duplicate_code', post: p.code });
    seen.add(p.code);
    if (!Number.isInteger(p.rank) || p.rank < 1) issues.push({ code: 'ladder.rank', post: p.code });
    if (!Number.isInteger(p.seats) || p.seats < 1) issues.push({ code: 'ladder.seats', post: p.code });
    if ((p.kind === 'committee_seat') !== (p.track !== 'post')) issues.push({ code: 'ladder.kind_track', post: p.code });
  }
  for (const p of ladder.posts) {
    if (p.concurrentWith && !seen.has(p.concurrentWith))
      issues.push({ code: 'ladder.concurrent_unknown', post: p.code, detail: p.concurrentWith });
    if (p.concurrentWith === p.code) issues.push({ code: 'ladder.concurrent_self', post: p.code });
    if (p.group) {
      const clash = ladder.posts.find((q) => q.group === p.group && ladderKey(q) === ladderKey(p) && q.rank !== p.rank);
      if (clash) issues.push({ code: 'ladder.group_ranks', post: p.code, detail: clash.code });
    }
  }
  // Groups must keep the same order in every ladder they link (else "higher" would contradict itself).
  const groupRanks = new Map<string, Map<string, number>>(); // ladder → group → rank
  for (const p of ladder.posts) {
    if (!p.group) continue;
    const m = groupRanks.get(ladderKey(p)) ?? new Map<string, number>();
    m.set(p.group, p.rank);
    groupRanks.set(ladderKey(p), m);
  }
  const ladders = [...groupRanks.values()];
  for (let i = 0; i < ladders.length; i++) {
    for (let j = i + 1; j < ladders.length; j++) {
      const shared = [...ladders[i].keys()].filter((g) => ladders[j].has(g));
      for (const g of shared) {
        for (const h of shared) {
          if (ladders[i].get(g)! < ladders[i].get(h)! && ladders[j].get(g)! >= ladders[j].get(h)!) {
            issues.push({ code: 'ladder.group_order', post: g, detail: h });
          }
        }
      }
    }
  }
  return issues;
}

/** Quy định 377-QĐ/TW (danh mục chức danh): the ladder post of a code, or throws RangeError. */
export function ladderPost(ladder: PostLadder, code: string): LadderPost {
  return find(ladder, code);
}
