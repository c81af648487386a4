// Public surface of the party-cells module for other modules: the daily scan's transfer reminders
// (the notifications module's reminder scan runs it; decision 0041).
export { runTransferReminders } from './party-cells.transfers.js';
