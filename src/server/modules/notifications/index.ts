// Public surface of the notifications module: writing a notification (inside the caller's
// transaction), the reminder scan and its scheduler, the e-mail hook.
export { type NotificationKind, notifyTx } from './notifications.notify.js';
export { runReminderScan, startReminderScheduler } from './notifications.reminders.js';
export { type EmailMessage, dispatchEmails, emailSenderFromEnv } from './notifications.email.js';
