// The e-mail hook, off by default. CanBo ships no SMTP client: when CANBO_SMTP_URL is set the
// hook is on and hands each new notification to a pluggable EmailSender; the default sender only
// logs "would send" at info level, so a deployment plugs in its own transport (or a relay) here.
// A notification is e-mailed at most once (emailed_at), and only within a day of its creation so
// switching the hook on never mails a backlog.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Locale } from '../../i18n.js';
import { t } from '../../i18n.js';
import { notificationText } from './notifications.presenter.js';
import { markEmailed, unemailed } from './notifications.reminders.queries.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  notificationId: string;
}

export interface EmailSender {
  send(message: EmailMessage): Promise<void>;
}

/** The subset of a pino / Fastify logger the scheduler and the hook use. */
export interface SchedulerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const consoleLog: SchedulerLog = {
  info: (obj, msg) => console.log(`CanBo: ${msg}`, obj),
  error: (obj, msg) => console.error(`CanBo: ${msg}`, obj),
};

/** The default sender: logs what it would send (the address is masked: logs are not an inbox). */
export function loggingEmailSender(log: SchedulerLog): EmailSender {
  return {
    async send(m) {
      log.info(
        { to: m.to.replace(/^(.).*(@.*)$/, '$1***$2'), subject: m.subject, notificationId: m.notificationId },
        'e-mail hook: would send',
      );
    },
  };
}

/** The hook is on only when CANBO_SMTP_URL is set; null means off. */
export function emailSenderFromEnv(env: { CANBO_SMTP_URL?: string }, log: SchedulerLog, sender?: EmailSender): EmailSender | null {
  if (!env.CANBO_SMTP_URL) return null;
  return sender ?? loggingEmailSender(log);
}

const LOOKBACK_MS = 24 * 3600_000;

/** Sends the pending notifications (oldest first, at most `limit`) and stamps emailed_at; returns how many went out. */
export async function dispatchEmails(db: Kysely<DB>, sender: EmailSender, now: Date = new Date(), limit = 200): Promise<number> {
  const rows = await unemailed(db, new Date(now.getTime() - LOOKBACK_MS), limit);
  let sent = 0;
  for (const row of rows) {
    const locale: Locale = row.locale === 'en' ? 'en' : 'vi';
    // A failing send leaves emailed_at empty, so the next run retries it (until it is a day old).
    await sender.send({
      to: row.email!,
      subject: t(locale, 'n.email.subject'),
      text: notificationText(locale, row.kind, row.params),
      notificationId: row.id,
    });
    await markEmailed(db, row.id, new Date());
    sent += 1;
  }
  return sent;
}
