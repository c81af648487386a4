// The post ladder (data an administrator of a top-level unit edits, checked by the domain's
// validateLadder), the planning terms with their reference months, and the link from an organisation
// post to its ladder post.
import type { Kysely, Transaction } from 'kysely';
import { validateLadder } from '../../../domain/planning/index.js';
import type {
  LadderPostView,
  LadderView,
  CommitteeSizeView,
  SetPostLadderCodeRequest,
  TermView,
  UpdateCommitteeSizeRequest,
  UpdateLadderPostRequest,
} from '../../../contracts/planning.js';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, invalid, notFound } from '../../errors.js';
import { loadInScope } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import * as f from './planning.facts.queries.js';
import { assertCanEditLadder, canEditLadder } from './planning.policy.js';
import * as q from './planning.queries.js';
import { loadPlanningSettings, toLadderPost } from './planning.settings.js';

type Trx = Transaction<DB>;

export async function termViews(db: Kysely<DB>): Promise<TermView[]> {
  const settings = await loadPlanningSettings(db);
  return (await q.terms(db)).map((t) => {
    const months = settings.age.referenceMonths[t.id] ?? {};
    return {
      id: t.id,
      body: t.body,
      name: t.name,
      startYear: t.start_year,
      endYear: t.end_year,
      referenceMonths: Object.fromEntries(Object.entries(months).filter((e): e is [string, string] => typeof e[1] === 'string')),
      plannable: Object.keys(months).length > 0,
    };
  });
}

function presentPost(r: q.LadderRow, locale: Locale): LadderPostView {
  return {
    code: r.code,
    unitKind: r.unit_kind,
    track: r.track,
    rank: r.rank,
    group: r.grp,
    kind: r.kind,
    committee: r.committee,
    seats: r.seats,
    approvingLevel: r.approving_level,
    referenceLevel: r.reference_level,
    concurrentWith: r.concurrent_with,
    title: locale === 'vi' ? r.title_vi : r.title_en,
    titleVi: r.title_vi,
    titleEn: r.title_en,
    standards: r.standards as Record<string, string>,
    version: r.version,
  };
}

const presentSize = (s: NonNullable<Awaited<ReturnType<typeof q.committeeSize>>>): CommitteeSizeView => ({
  unitKind: s.unit_kind,
  termId: s.term_id,
  committee: s.committee,
  fixed: s.fixed,
  version: s.version,
});

/** The fixed number of seats of a committee per term (the 1.0–1.5 × cap is counted on it): an administrator of a top-level unit edits it. */
export async function updateCommitteeSize(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  key: { unitKind: 'commune' | 'province'; termId: string; committee: 'executive' | 'standing' | 'inspection' },
  body: UpdateCommitteeSizeRequest,
): Promise<CommitteeSizeView> {
  await assertCanEditLadder(trx, actor);
  const before = await q.committeeSize(trx, key.unitKind, key.termId, key.committee);
  if (!before) throw notFound();
  if (before.version !== body.version) throw conflict();
  if (!Number.isInteger(body.fixed) || body.fixed < 1 || body.fixed > 1000) throw fieldError('fixed', 'planning.committee_size.range');
  const after = await q.updateCommitteeSize(trx, key, body.version, body.fixed);
  if (!after) throw conflict();
  await recordAudit(trx, ctx, [
    {
      action: 'planning.committee_size.update',
      entityType: 'planning_committee_size',
      entityId: `${key.unitKind}/${key.termId}/${key.committee}`,
      before: { fixed: before.fixed },
      after: { fixed: after.fixed },
    },
  ]);
  return presentSize(after);
}

export async function getLadder(db: Kysely<DB>, actor: Actor, locale: Locale): Promise<LadderView> {
  return {
    posts: (await q.ladderRows(db)).map((r) => presentPost(r, locale)),
    committeeSizes: (await q.committeeSizes(db)).map(presentSize),
    actions: { edit: await canEditLadder(db, actor) },
  };
}

const auditPost = (r: q.LadderRow) => ({ ...toLadderPost(r), titleVi: r.title_vi, titleEn: r.title_en, standards: r.standards });

export async function updateLadderPost(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  code: string,
  body: UpdateLadderPostRequest,
): Promise<LadderPostView> {
  await assertCanEditLadder(trx, actor);
  const before = await q.ladderRow(trx, code, true);
  if (!before) throw notFound();
  if (before.version !== body.version) throw conflict();
  const settings = await loadPlanningSettings(trx);
  const standards: Record<string, string> = {};
  for (const [dimension, level] of Object.entries(body.standards)) {
    if (level === undefined || level === '') continue;
    if (!settings.standards.scales[dimension]?.includes(level)) {
      throw fieldError(`standards.${dimension}`, 'planning.standard.unknown_level', { dimension, level });
    }
    standards[dimension] = level;
  }
  if (body.concurrentWith !== null && body.concurrentWith !== '' && !(await q.ladderRow(trx, body.concurrentWith))) {
    throw fieldError('concurrentWith', 'v.unknown_ref', { field: 'concurrentWith' });
  }
  const values = {
    rank: body.rank,
    grp: body.group || null,
    seats: body.seats,
    approving_level: body.approvingLevel,
    concurrent_with: body.concurrentWith || null,
    title_vi: body.titleVi,
    title_en: body.titleEn,
    standards: JSON.stringify(standards),
  };
  // The whole ladder must still be consistent (validateLadder of the domain) after the change.
  const rows = await q.ladderRows(trx);
  const edited = rows.map((r) => (r.code === code ? toLadderPost({ ...r, ...values, standards }) : toLadderPost(r)));
  const issues = validateLadder({ posts: edited });
  if (issues.length > 0) {
    throw invalid(
      ...issues.map((i) => ({
        field:
          i.code === 'ladder.rank'
            ? 'rank'
            : i.code === 'ladder.seats'
              ? 'seats'
              : i.code.startsWith('ladder.concurrent')
                ? 'concurrentWith'
                : 'group',
        key: 'planning.ladder.issue',
        params: { issue: i.code, post: i.post, detail: i.detail ? ` / ${i.detail}` : '' },
      })),
    );
  }
  const after = await q.updateLadderRow(trx, code, body.version, values);
  if (!after) throw conflict();
  await recordAudit(trx, ctx, [
    {
      action: 'planning.ladder.update',
      entityType: 'planning_ladder_post',
      entityId: code,
      before: auditPost(before),
      after: auditPost(after),
    },
  ]);
  return presentPost(after, locale);
}

/** Links an organisation post to its ladder post (or unlinks it): how a person's current posts are known. */
export async function setPostLadderCode(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  postId: string,
  body: SetPostLadderCodeRequest,
): Promise<{ postId: string; ladderCode: string | null }> {
  // A post's link is the data of its unit: an administrator whose subtree holds the post sets it.
  const post = await loadInScope(
    trx,
    actor,
    'planning.ladder.edit',
    () => f.postById(trx, postId),
    (p) => p.unit_id,
  );
  const code = body.ladderCode || null;
  if (code !== null && !(await q.ladderRow(trx, code))) throw fieldError('ladderCode', 'v.unknown_ref', { field: 'ladderCode' });
  const before = (await q.postLadderCode(trx, postId))?.ladder_code ?? null;
  await q.setPostLadderCode(trx, postId, code);
  await recordAudit(trx, ctx, [
    {
      action: 'planning.post_code.set',
      entityType: 'post',
      entityId: postId,
      unitId: post.unit_id,
      before: { ladderCode: before },
      after: { ladderCode: code },
    },
  ]);
  return { postId, ladderCode: code };
}
