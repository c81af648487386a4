// Public surface of the auth module: password rules for account administration, the sign-in
// counters administrators see and clear, and the housekeeping of sessions and counters.
export { assertPasswordPolicy, hashPassword, purgeExpiredSessions } from './auth.service.js';
export { clearUsernameThrottle, purgeStaleThrottle, throttleKeys, usernameThrottleStates } from './auth.throttle.js';
export { registerAuthHook } from './auth.hook.js';
