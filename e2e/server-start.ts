// How long the browser tests wait for the server (migrations and the demo seed) to answer
// /api/health: 240 s by default; CANBO_E2E_START_SECONDS sets it on a slower (or shared) machine.
// A value that is not a whole number of seconds from 1 to 3600 is refused, never adjusted.

export const DEFAULT_START_SECONDS = 240;

export function serverStartLimitMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CANBO_E2E_START_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_START_SECONDS * 1000;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < 1 || n > 3600)
    throw new Error(`CANBO_E2E_START_SECONDS must be a whole number of seconds from 1 to 3600 (got "${raw}")`);
  return n * 1000;
}
