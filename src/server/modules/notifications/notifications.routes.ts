// /api/notifications (the signed-in person's inbox) and /api/units/:id/settings/reminders.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  NotificationPage,
  NotificationQuery,
  NotificationView,
  ReadAllResult,
  ReminderSettingsInput,
  ReminderSettingsView,
  UnreadCount,
} from '../../../contracts/notifications.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { countUnread, listNotifications, markAllRead, markRead } from './notifications.service.js';
import { putReminderSettings, reminderSettings } from './notifications.settings.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    { schema: { tags, querystring: NotificationQuery, response: { 200: NotificationPage, ...errors } } },
    async (req) => listNotifications(app.db, actorOf(req), req.query, req.locale),
  );

  app.get('/notifications/unread-count', { schema: { tags, response: { 200: UnreadCount, ...errors } } }, async (req) => ({
    count: await countUnread(app.db, actorOf(req)),
  }));

  app.post('/notifications/:id/read', { schema: { tags, params: ById, response: { 200: NotificationView, ...errors } } }, async (req) =>
    app.db.transaction().execute((trx) => markRead(trx, actorOf(req), auditContextOf(req), req.params.id, req.locale)),
  );

  app.post('/notifications/read-all', { schema: { tags, response: { 200: ReadAllResult, ...errors } } }, async (req) => ({
    marked: await app.db.transaction().execute((trx) => markAllRead(trx, actorOf(req), auditContextOf(req))),
  }));

  app.get(
    '/units/:id/settings/reminders',
    { schema: { tags, params: ById, response: { 200: ReminderSettingsView, ...errors } } },
    async (req) => reminderSettings(app.db, actorOf(req), req.params.id),
  );

  app.put(
    '/units/:id/settings/reminders',
    { schema: { tags, params: ById, body: ReminderSettingsInput, response: { 200: ReminderSettingsView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => putReminderSettings(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );
};
