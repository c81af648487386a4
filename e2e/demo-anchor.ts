// The day the browser tests' demo describes (CANBO_DEMO_ANCHOR of the server global-setup starts):
// fixed, so the specs and their screenshots do not depend on the day they run. Specs that need the
// demo's dates derive them from it with the demo calendar (src/domain/demo-calendar.ts).
export const E2E_DEMO_ANCHOR = '2026-12-07';
