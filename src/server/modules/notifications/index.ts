// Public surface of the notifications module: writing a notification (inside the caller's
// transaction), the reminder scan and its scheduler, the e-mail hook.
export { NOTIFICATION_KINDS, type NotificationKind, type NotifyInput, notifyTx } from './notifications.notify.js';
export { type ScanResult, type SchedulerOptions, runReminderScan, startReminderScheduler } from './notifications.reminders.js';
export { type EmailMessage, type EmailSender, dispatchEmails, emailSenderFromEnv, loggingEmailSender } from './notifications.email.js';
export { effectiveReminderDays } from './notifications.settings.js';
