// Assigning a criteria set to several cadre groups at once for a unit subtree from a date (never
// one person at a time), and listing what is in force in a unit: per group, the nearest ancestor's
// assignment and the latest version of its family.
import type { Kysely, Transaction } from 'kysely';
import type { AssignCriteriaRequest, AssignmentList, AssignmentQuery } from '../../../contracts/criteria.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { RULES } from '../../../domain/evaluation/index.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, fieldError, invalid } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { effectiveAssignments, familyExists, unitNamesOf, upsertAssignments } from './criteria.assign.queries.js';
import { assertCanAssign, assertCanReadUnit, canAssign, inView } from './criteria.policy.js';
import { unitInSubtrees } from '../org/index.js';
import { cadreGroups, cadreGroupsByCode, latestSets, setById } from './criteria.queries.js';

export async function listAssignments(db: Kysely<DB>, actor: Actor, query: AssignmentQuery, locale: Locale): Promise<AssignmentList> {
  await assertCanReadUnit(db, actor, query.unitId);
  const on = query.on ?? todayInVietnam();
  const rows = await effectiveAssignments(db, { unitId: query.unitId }, on);
  const sets = new Map(
    (
      await latestSets(
        db,
        rows.map((r) => r.family),
      )
    ).map((s) => [s.family, s]),
  );
  const units = await unitNamesOf(db, [...new Set(rows.map((r) => r.from_unit_id))]);
  const groups = await cadreGroups(db);
  const byGroup = new Map(rows.map((r) => [r.cadre_group, r]));
  const items: AssignmentList['items'] = [];
  for (const g of groups) {
    const r = byGroup.get(g.code);
    const set = r && sets.get(r.family);
    if (!r || !set) continue;
    items.push({
      cadreGroup: g.code,
      cadreGroupName: locale === 'en' ? g.name_en : g.name_vi,
      family: r.family,
      setId: set.id,
      setName: set.name,
      versionNo: set.version_no,
      fromUnitId: r.from_unit_id,
      fromUnitName: units.get(r.from_unit_id) ?? '',
      effectiveFrom: r.effective_from,
      inherited: r.from_unit_id !== query.unitId,
    });
  }
  return {
    unitId: query.unitId,
    on,
    items,
    unassigned: groups.filter((g) => !items.some((i) => i.cadreGroup === g.code)).map((g) => g.code),
    actions: { assign: await canAssign(db, actor, query.unitId) },
  };
}

/** The family named by the request (a set id stands for its family). */
async function familyOf(
  db: Kysely<DB>,
  actor: Actor,
  body: AssignCriteriaRequest,
): Promise<{ family: string; appendix: string; name: string }> {
  const field = body.setId ? 'setId' : 'family';
  const unknown = () => fieldError(field, 'v.unknown_ref', { field });
  let family = body.family;
  if (body.setId) family = (await setById(db, body.setId))?.family;
  if (!family || !(await familyExists(db, family))) throw unknown();
  const [latest] = await latestSets(db, [family]);
  // Another unit's own set is unknown here; a unit's own set applies only within that unit.
  if (!(await inView(db, actor, latest.owner_unit_id))) throw unknown();
  if (latest.owner_unit_id && !(await unitInSubtrees(db, [latest.owner_unit_id], body.unitId))) throw unknown();
  return { family, appendix: latest.appendix, name: latest.name };
}

export async function assignCriteria(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  body: AssignCriteriaRequest,
  locale: Locale,
): Promise<AssignmentList> {
  await assertCanAssign(trx, actor, body.unitId);
  const set = await familyOf(trx, actor, body);
  const found = new Map<string, Awaited<ReturnType<typeof cadreGroupsByCode>>[number]>();
  // Another unit's own group is unknown here, exactly like a missing code.
  for (const g of await cadreGroupsByCode(trx, body.cadreGroups)) if (await inView(trx, actor, g.owner_unit_id)) found.set(g.code, g);
  const issues: FieldIssue[] = [];
  body.cadreGroups.forEach((code, i) => {
    const g = found.get(code);
    if (!g) issues.push({ field: `cadreGroups.${i}`, key: 'v.unknown_ref', params: { field: code } });
    // A collective is scored on PL1 criteria and an individual never is (Quy định 366-QĐ/TW, Phụ lục 1).
    else if (set.appendix !== 'LOCAL' && (set.appendix === 'PL1') !== g.is_collective) {
      issues.push({
        field: `cadreGroups.${i}`,
        key: 'v.criteria.collective_mismatch',
        params: { group: code, appendix: set.appendix, rule: RULES.score },
      });
    }
  });
  if (issues.length) throw invalid(...issues);

  const replaced = await upsertAssignments(
    trx,
    body.cadreGroups.map((g) => ({
      cadre_group: g,
      family: set.family,
      unit_id: body.unitId,
      effective_from: body.effectiveFrom,
      assigned_by: actor.accountId,
    })),
  );
  await recordAudit(
    trx,
    ctx,
    body.cadreGroups.map((g) => ({
      action: 'criteria_assignment.assign',
      entityType: 'criteria_assignment',
      entityId: `${body.unitId}:${g}:${body.effectiveFrom}`,
      unitId: body.unitId,
      before: replaced.has(g) ? { family: replaced.get(g) } : null,
      after: { cadreGroup: g, family: set.family, setName: set.name, effectiveFrom: body.effectiveFrom },
    })),
  );
  return listAssignments(trx, actor, { unitId: body.unitId, on: body.effectiveFrom }, locale);
}
