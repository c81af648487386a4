// Server-side messages (errors, exports, notifications) in Vietnamese (default) and English.
// Each module owns its catalogue (`modules/<m>/<m>.messages.ts`; the cross-cutting ones live in
// `http/`), declared `{ ... } satisfies Catalogue` so its keys stay literal; MESSAGES spreads them
// all, one line each, and `t()` takes only a key of the union (MessageKey): an unknown key does not
// compile. Adding a catalogue: write the file, add one import and one spread line below.
import { formatParam } from '../domain/numbers.js';
import { DOCUMENT_MESSAGES } from './http/documents.messages.js';
import { HTTP_MESSAGES } from './http/http.messages.js';
import { LIMIT_MESSAGES } from './http/limits.messages.js';
import { ACCOUNTS_MESSAGES } from './modules/accounts/accounts.messages.js';
import { AUTH_MESSAGES } from './modules/auth/auth.messages.js';
import { CRITERIA_MESSAGES } from './modules/criteria/criteria.messages.js';
import { EVALUATION_REPORTS_MESSAGES } from './modules/evaluation-reports/evaluation-reports.messages.js';
import { EVALUATION_FIDELITY_MESSAGES } from './modules/evaluation/evaluation.fidelity.messages.js';
import { JUDGING_MESSAGES } from './modules/evaluation/evaluation.judging.messages.js';
import { EVALUATION_MESSAGES } from './modules/evaluation/evaluation.messages.js';
import { EVALUATION_RULES_MESSAGES } from './modules/evaluation/evaluation.rules.messages.js';
import { INDICATORS_MESSAGES } from './modules/indicators/indicators.messages.js';
import { JOBS_MESSAGES } from './modules/jobs/jobs.messages.js';
import { MEETINGS_MESSAGES } from './modules/meetings/meetings.messages.js';
import { NOTIFICATIONS_MESSAGES } from './modules/notifications/notifications.messages.js';
import { ORG_MESSAGES } from './modules/org/org.messages.js';
import { PEOPLE_EXCEL_MESSAGES } from './modules/people-excel/people-excel.messages.js';
import { PARTY_CELLS_MESSAGES } from './modules/party-cells/party-cells.messages.js';
import { CELLS_ADMIN_MESSAGES } from './modules/party-cells/party-cells.admin.messages.js';
import { CELLS_RECRUITMENT_MESSAGES } from './modules/party-cells/party-cells.recruitment.messages.js';
import { PEOPLE_MESSAGES } from './modules/people/people.messages.js';
import { PERSONNEL_SERVER_MESSAGES } from './modules/personnel/personnel.messages.js';
import { PERSONNEL_DOCUMENT_MESSAGES } from './modules/personnel/personnel.documents.messages.js';
import { PLANNING_SERVER_MESSAGES } from './modules/planning/planning.messages.js';
import { COMMITMENTS_MESSAGES } from './modules/commitments/commitments.messages.js';
import { TRAINING_MESSAGES } from './modules/training/training.messages.js';
import { TRAINING_PLAN_MESSAGES } from './modules/training/training-plan.messages.js';
import { ACTION_PLANS_MESSAGES } from './modules/action-plans/action-plans.messages.js';
import { PLANS_MESSAGES } from './modules/plans/plans.messages.js';
import { RESPONSIBILITIES_MESSAGES } from './modules/responsibilities/responsibilities.messages.js';
import { SUMMARY_MESSAGES } from './modules/summary/summary.messages.js';
import { TASKS_MESSAGES } from './modules/tasks/tasks.messages.js';

export type Locale = 'vi' | 'en';

/** One message in both languages; both are required. */
export interface Message {
  vi: string;
  en: string;
}
/** The type each module's catalogue satisfies (`{ ... } satisfies Catalogue`, never annotated, so the keys stay literal). */
export type Catalogue = Record<string, Message>;

export const MESSAGES = {
  ...HTTP_MESSAGES,
  ...LIMIT_MESSAGES,
  ...ORG_MESSAGES,
  ...ACCOUNTS_MESSAGES,
  ...PEOPLE_MESSAGES,
  ...JOBS_MESSAGES,
  ...PEOPLE_EXCEL_MESSAGES,
  ...NOTIFICATIONS_MESSAGES,
  ...RESPONSIBILITIES_MESSAGES,
  ...INDICATORS_MESSAGES,
  ...PLANS_MESSAGES,
  ...PLANNING_SERVER_MESSAGES,
  ...COMMITMENTS_MESSAGES,
  ...PERSONNEL_SERVER_MESSAGES,
  ...PARTY_CELLS_MESSAGES,
  ...TRAINING_MESSAGES,
  ...SUMMARY_MESSAGES,
  ...MEETINGS_MESSAGES,
  ...TASKS_MESSAGES,
  ...EVALUATION_RULES_MESSAGES,
  ...EVALUATION_MESSAGES,
  ...CRITERIA_MESSAGES,
  ...EVALUATION_REPORTS_MESSAGES,
  ...AUTH_MESSAGES,
  ...JUDGING_MESSAGES,
  ...EVALUATION_FIDELITY_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...PERSONNEL_DOCUMENT_MESSAGES,
  ...TRAINING_PLAN_MESSAGES,
  ...ACTION_PLANS_MESSAGES,
  ...CELLS_RECRUITMENT_MESSAGES,
  ...CELLS_ADMIN_MESSAGES,
};

/** Every server message key. */
export type MessageKey = keyof typeof MESSAGES;

// A catalogue annotated `: Record<string, …>` would widen MessageKey to `string` and switch the
// key check off for everyone; this line then stops the build. Fix: `{ ... } satisfies Catalogue`.
const keysAreTyped: string extends MessageKey ? 'a catalogue spread into MESSAGES lost its key types' : true = true;
void keysAreTyped;

/** True when `key` (text from data: an error code, a stored notification kind) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

export function t(locale: Locale, key: MessageKey, params?: Record<string, unknown>): string {
  let text: string = MESSAGES[key][locale];
  if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, formatParam(k, v, locale));
  return text;
}

/** `t()` for a key that comes from data (an error code, a stored kind); an unknown key shows as itself. */
export function tAny(locale: Locale, key: string, params?: Record<string, unknown>): string {
  return isMessageKey(key) ? t(locale, key, params) : key;
}

/** Picks the language: explicit ?lang, then the account's, then Accept-Language; Vietnamese by default. */
export function pickLocale(explicit: unknown, accountLocale: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit === 'en' || explicit === 'vi') return explicit;
  if (accountLocale === 'en' || accountLocale === 'vi') return accountLocale;
  if (acceptLanguage && /^\s*en\b/i.test(acceptLanguage)) return 'en';
  return 'vi';
}
