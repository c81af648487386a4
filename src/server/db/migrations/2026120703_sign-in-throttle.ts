// Sign-in throttling that slows attackers without locking owners out (decision 0007), and jobs
// that any instance can read and that a surviving instance can tell are dead.
//
// - The account lockout goes: `account.failed_attempts` / `locked_until` locked a real account
//   for everyone, its owner included. Failed attempts are now counted per (username, address)
//   pair, per username and per address in `sign_in_throttle`, shared by every instance.
// - `auth.lockout` is replaced by `auth.sign_in_throttle`; the password policy gains a minimum
//   strength (zxcvbn score, NIST SP 800-63B §5.1.1.2) and drops composition rules (classes 0).
// - `job.instance_id` / `heartbeat_at`: the process that runs a job keeps it alive; a job whose
//   heartbeat stopped died with its process.
import { type Kysely, sql } from 'kysely';

const THROTTLE = {
  pair: { freeFailures: 5, baseDelaySeconds: 1, maxDelaySeconds: 900 },
  username: { freeFailures: 10, baseDelaySeconds: 1, maxDelaySeconds: 900 },
  address: { freeFailures: 100, baseDelaySeconds: 1, maxDelaySeconds: 300 },
  forgetAfterHours: 24,
  knownPairDays: 30,
  addressRequestsPerMinute: 300,
};
const PASSWORD_POLICY = { minLength: 10, classes: 0, minStrength: 3 };
const OLD_PASSWORD_POLICY = { minLength: 10, classes: 3 };
const OLD_LOCKOUT = { maxFailures: 5, lockMinutes: 15, ipWindowSeconds: 60, ipMaxAttempts: 20 };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE login_throttle;
    -- key: 'pair:' | 'user:' | 'addr:' followed by a sha256 (usernames are never stored in clear:
    -- people type passwords into the username field). username_key lets an administrator clear
    -- every row of one username.
    CREATE TABLE sign_in_throttle (
      key             text PRIMARY KEY,
      username_key    text,
      failures        integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
      last_failure_at timestamptz,
      last_success_at timestamptz
    );
    CREATE INDEX sign_in_throttle_username_idx ON sign_in_throttle (username_key) WHERE username_key IS NOT NULL;
    ALTER TABLE account DROP COLUMN failed_attempts, DROP COLUMN locked_until;
    CREATE INDEX session_expires_idx ON session (expires_at);
    ALTER TABLE job ADD COLUMN instance_id text, ADD COLUMN heartbeat_at timestamptz;
    CREATE INDEX job_running_idx ON job (heartbeat_at) WHERE status = 'running';
    DELETE FROM regulation_setting WHERE key = 'auth.lockout';
  `.execute(db);
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source)
    VALUES ('auth.sign_in_throttle', '2026-01-01', ${JSON.stringify(THROTTLE)}::jsonb,
      'CanBo security policy; NIST SP 800-63B §5.2.2 (rate limiting); decision 0007')`.execute(db);
  await sql`
    UPDATE regulation_setting SET value = ${JSON.stringify(PASSWORD_POLICY)}::jsonb,
      source = 'CanBo security policy; NIST SP 800-63B §5.1.1.2 (memorized secret verifiers)'
    WHERE key = 'auth.password_policy'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE regulation_setting SET value = ${JSON.stringify(OLD_PASSWORD_POLICY)}::jsonb, source = 'CanBo security policy'
    WHERE key = 'auth.password_policy'`.execute(db);
  await sql`DELETE FROM regulation_setting WHERE key = 'auth.sign_in_throttle'`.execute(db);
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source)
    VALUES ('auth.lockout', '2026-01-01', ${JSON.stringify(OLD_LOCKOUT)}::jsonb, 'CanBo security policy')`.execute(db);
  await sql`
    DROP INDEX job_running_idx;
    ALTER TABLE job DROP COLUMN instance_id, DROP COLUMN heartbeat_at;
    DROP INDEX session_expires_idx;
    ALTER TABLE account ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz;
    DROP TABLE sign_in_throttle;
    CREATE TABLE login_throttle (key text PRIMARY KEY, window_start timestamptz NOT NULL, attempts integer NOT NULL);
  `.execute(db);
}
