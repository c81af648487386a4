// The signed-in person's inbox. Accounts without a linked person have an empty inbox.
// Marking read changes user state, so it is audited like every mutation: one event per
// notification marked read, one event (with the count) for "mark all read"; marking an
// already-read notification changes nothing and writes nothing.
import type { Kysely, Transaction } from 'kysely';
import type { NotificationPage, NotificationQuery, NotificationView } from '../../../contracts/notifications.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { presentNotification } from './notifications.presenter.js';
import * as q from './notifications.queries.js';

export async function listNotifications(db: Kysely<DB>, actor: Actor, query: NotificationQuery, locale: Locale): Promise<NotificationPage> {
  if (!actor.personId) return { items: [], nextBeforeId: null };
  const rows = await q.listForPerson(db, actor.personId, query);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => presentNotification(r, locale)),
    nextBeforeId: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}

export async function countUnread(db: Kysely<DB>, actor: Actor): Promise<number> {
  return actor.personId ? q.unreadCount(db, actor.personId) : 0;
}

export async function markRead(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  locale: Locale,
): Promise<NotificationView> {
  if (!actor.personId) throw notFound();
  const before = await q.notificationOf(trx, id, actor.personId);
  if (!before) throw notFound();
  if (before.read_at) return presentNotification(before, locale);
  const after = (await q.markRead(trx, id, actor.personId, new Date()))!;
  await recordAudit(trx, ctx, [
    {
      action: 'notification.read',
      entityType: 'notification',
      entityId: id,
      personId: actor.personId,
      unitId: await q.personUnit(trx, actor.personId),
      before: { readAt: null },
      after: { readAt: after.read_at?.toISOString() ?? null },
    },
  ]);
  return presentNotification(after, locale);
}

export async function markAllRead(trx: Transaction<DB>, actor: Actor, ctx: AuditContext): Promise<number> {
  if (!actor.personId) return 0;
  const marked = await q.markAllRead(trx, actor.personId, new Date());
  if (marked > 0) {
    await recordAudit(trx, ctx, [
      {
        action: 'notification.read_all',
        entityType: 'person',
        entityId: actor.personId,
        personId: actor.personId,
        unitId: await q.personUnit(trx, actor.personId),
        after: { marked },
      },
    ]);
  }
  return marked;
}
