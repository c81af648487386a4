// Public surface of the personnel module: the dashboards and one proposal as the API presents them
// (the demo's test cases read the seeded story through them).
export { personnelDashboard } from './personnel.dashboard.js';
export { getProposal } from './personnel.service.js';
