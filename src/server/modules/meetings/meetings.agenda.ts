// The agenda of a briefing meeting: set by hand, or pulled from the week's summary.
//
// Rule of "agenda from the summary" (replaces the current agenda):
// - the week reviewed is the ISO week (Monday–Sunday) containing the day before the meeting, so a
//   Monday briefing reviews the previous week and a Friday briefing its own week; the numbers are
//   taken as of the meeting day, or today if the meeting is still ahead;
// - item 1: the summary of the meeting unit's subtree for that week (done/assigned, late, overdue);
// - then one item per overdue task of the week, then one per task done late without a confirmed
//   objective cause, each with the task's lead as presenter and the task linked — at most
//   MAX_TASK_ITEMS, the rest folded into one "other overdue and late tasks (n)" item;
// - last item: the chair's conclusions and directives.
import { TEXT } from '../../../contracts/limits.js';
import type { AuditAction } from '../../../contracts/audit-vocabulary.js';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AgendaInput } from '../../../contracts/meetings.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, invalid } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { type Locale, t } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { computeSummary, drillTasks, summaryScope } from '../summary/index.js';
import * as q from './meetings.queries.js';
import { lockOpen, meetingDay, writable } from './meetings.service.js';

const MAX_TASK_ITEMS = 20;
/** A task title derived from a longer text is shortened with a visible '…'; the whole text stays in the description / the source. */
const TITLE_MAX = TEXT.title;
const clip = (s: string) => (s.length > TITLE_MAX ? `${s.slice(0, TITLE_MAX - 1)}…` : s);
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

type Item = { id: string; title: string; presenter_id: string | null; task_id: string | null };

export async function setAgenda(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: AgendaInput): Promise<void> {
  const m = await writable(db, actor, id);
  const presenters = [...new Set(body.items.map((i) => i.presenterId).filter((x): x is string => !!x))];
  const tasks = [...new Set(body.items.map((i) => i.taskId).filter((x): x is string => !!x))];
  const [okPeople, okTasks] = await Promise.all([q.peopleUnder(db, m.unit_id, presenters), q.tasksUnder(db, m.unit_id, tasks)]);
  const issues: FieldIssue[] = [];
  body.items.forEach((it, i) => {
    if (it.presenterId && !okPeople.has(it.presenterId)) issues.push({ field: `items.${i}.presenterId`, key: 'v.meeting.person_outside' });
    if (it.taskId && !okTasks.has(it.taskId)) issues.push({ field: `items.${i}.taskId`, key: 'v.meeting.task_outside' });
  });
  if (issues.length) throw invalid(...issues);
  const items: Item[] = body.items.map((it) => ({
    id: randomUUID(),
    title: it.title,
    presenter_id: it.presenterId ?? null,
    task_id: it.taskId ?? null,
  }));
  await writeAgenda(db, ctx, id, body.version, items, 'meeting.agenda_set');
}

async function writeAgenda(
  db: Kysely<DB>,
  ctx: AuditContext,
  id: string,
  version: number,
  items: Item[],
  action: AuditAction,
  extra: Record<string, unknown> = {},
) {
  await db.transaction().execute(async (trx) => {
    const m = await lockOpen(trx, id, version);
    const before = await q.agenda(trx, id);
    await q.replaceAgenda(trx, id, items);
    await q.bumpVersion(trx, id);
    await recordAudit(trx, ctx, [
      {
        action,
        entityType: 'meeting',
        entityId: id,
        unitId: m.unit_id,
        before: before.map((a) => ({ title: a.title, presenterId: a.presenter_id, taskId: a.task_id })),
        after: { ...extra, items: items.map((a) => ({ title: a.title, presenterId: a.presenter_id, taskId: a.task_id })) },
      },
    ]);
  });
}

/** Builds the agenda from the week's summary (rule in the header) and replaces the current one. */
export async function agendaFromSummary(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  version: number,
): Promise<void> {
  const m = await writable(db, actor, id);
  const day = meetingDay(m.scheduled_at);
  const today = todayInVietnam();
  const query = { unitId: m.unit_id, period: 'week' as const, date: dayBefore(day), asOf: day < today ? day : today };
  const summary = await computeSummary(db, locale, query);
  const scope = summaryScope(query);
  const [overdue, late] = await Promise.all([
    drillTasks(db, scope, { metric: 'overdue' }, { limit: 500, offset: 0 }),
    drillTasks(db, scope, { metric: 'late' }, { limit: 500, offset: 0 }),
  ]);
  const taskItems: Item[] = [
    ...overdue.map((r) => ({ key: 'meeting.agenda.overdue' as const, r })),
    ...late.filter((r) => r.objective_cause !== true).map((r) => ({ key: 'meeting.agenda.late' as const, r })),
  ].map(({ key, r }) => ({
    id: randomUUID(),
    title: clip(
      t(locale, key, { title: r.title, due: formatViDate(r.due_date), done: r.completed_on ? formatViDate(r.completed_on) : '' }),
    ),
    presenter_id: r.lead_id,
    task_id: r.id,
  }));
  const tot = summary.total;
  const items: Item[] = [
    {
      id: randomUUID(),
      title: clip(
        t(locale, 'meeting.agenda.summary', {
          period: summary.period.label,
          range: `${formatViDate(summary.period.from)} – ${formatViDate(summary.period.to)}`,
          done: tot.done,
          assigned: tot.assigned,
          late: tot.late,
          overdue: tot.overdue,
        }),
      ),
      presenter_id: null,
      task_id: null,
    },
    ...taskItems.slice(0, MAX_TASK_ITEMS),
    ...(taskItems.length > MAX_TASK_ITEMS
      ? [
          {
            id: randomUUID(),
            title: t(locale, 'meeting.agenda.more', { count: taskItems.length - MAX_TASK_ITEMS }),
            presenter_id: null,
            task_id: null,
          },
        ]
      : []),
    { id: randomUUID(), title: t(locale, 'meeting.agenda.directives'), presenter_id: null, task_id: null },
  ];
  await writeAgenda(db, ctx, id, version, items, 'meeting.agenda_from_summary', { period: summary.period, asOf: summary.asOf });
}
