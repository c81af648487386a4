// Notifications as the API shows them: the message is worded here, in the reader's language,
// from the kind and its params, so stored rows stay language-neutral.
import type { NotificationView } from '../../../contracts/notifications.js';
import { formatViDate, isCivilDate } from '../../../domain/dates.js';
import { isMessageKey, type Locale, type MessageKey, t } from '../../i18n.js';

export interface NotificationRow {
  id: string;
  kind: string;
  task_id: string | null;
  meeting_id: string | null;
  params: unknown;
  created_at: Date;
  read_at: Date | null;
}

const VN_OFFSET_MS = 7 * 3600_000;

/** 'HH:mm dd/mm/yyyy' in Vietnam time (the app's time zone, whatever the process's is). */
function formatVnTimestamp(iso: string): string | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms + VN_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function displayValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && isCivilDate(value)) return formatViDate(value);
  if (typeof value === 'string' && key.endsWith('At')) return formatVnTimestamp(value) ?? value;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- params are JSON scalars (contracts/notifications.ts)
  return String(value);
}

/** Which message words a notification: a few kinds read better with a variant. */
function messageKey(kind: string, params: Record<string, unknown>): MessageKey {
  if (kind === 'task_due_soon' && Number(params.days) === 0) return 'n.task_due_today';
  if ((kind === 'task_cancelled' || kind === 'task_due_changed' || kind === 'plan_returned') && !params.reason && !params.comment)
    return bare(kind);
  const key = `n.${kind}`;
  return isMessageKey(key) ? key : 'n.generic';
}

const bare = (kind: string): MessageKey => {
  const key = `n.${kind}.bare`;
  return isMessageKey(key) ? key : 'n.generic';
};

export function notificationText(locale: Locale, kind: string, rawParams: unknown): string {
  const params = (rawParams && typeof rawParams === 'object' ? rawParams : {}) as Record<string, unknown>;
  const key = messageKey(kind, params);
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) shown[k] = displayValue(k, v);
  // Placeholders a writer did not fill read as empty rather than as '{name}'.
  return t(locale, key, shown).replace(/\{[a-zA-Z]+\}/g, '');
}

export function presentNotification(row: NotificationRow, locale: Locale): NotificationView {
  const params = (row.params && typeof row.params === 'object' ? row.params : {}) as Record<string, unknown>;
  return {
    id: row.id,
    kind: row.kind,
    params,
    taskId: row.task_id,
    meetingId: row.meeting_id,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
    text: notificationText(locale, row.kind, params),
  };
}
