// Public surface of the audit module: every mutation records its events through recordAudit, in
// its own transaction; the CLI verifies the chain.
export { type AuditInput, recordAudit } from './audit.service.js';
export { verifyChain } from './audit.verify.js';
