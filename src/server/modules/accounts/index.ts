// Public surface of the accounts module for the CLI (create-admin) and other modules.
export { createAccount } from './accounts.service.js';
