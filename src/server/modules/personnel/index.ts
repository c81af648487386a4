// Public surface of the personnel module: the dashboards and one proposal as the API presents them
// (the demo's test cases read the seeded story through them).
export { personnelDashboard } from './personnel.dashboard.js';
export { decide } from './personnel.decide.service.js';
export { getProposal, previewChecks, propose } from './personnel.service.js';
