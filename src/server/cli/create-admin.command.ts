// `canbo create-admin`: the first administrator of an installation (or another one later). The
// unit is an org-unit id, or a 2025 province code: on a fresh installation without a tree the
// province's root unit is created from the administrative-unit reference data.
import os from 'node:os';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { Username } from '../../contracts/accounts.js';
import { Id } from '../../contracts/common.js';
import { rolesOf } from '../../contracts/permissions.js';
import { type PasswordPolicy, passwordProblems } from '../../domain/password-policy.js';
import { prepareDatabase } from '../boot.js';
import type { DB } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { AuditContext } from '../http/context.js';
import { t, tAny } from '../i18n.js';
import { createAccount } from '../modules/accounts/index.js';
import { recordAudit } from '../modules/audit/index.js';
import { unitSearchText } from '../modules/org/index.js';
import { getSetting } from '../modules/settings/index.js';
import * as q from './cli.queries.js';
import { type CliIo, CliError, EXIT_FAILED, withDatabase } from './cli.io.js';

/** The first day of the two-tier administration (provinces as they are since the 2025 merger). */
const PROVINCES_SINCE = '2025-07-01';

export function cliAuditContext(): AuditContext {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    /* no passwd entry (containers) */
  }
  return { actorId: null, actorName: `canbo CLI (${user})`, requestId: null, ip: null };
}

/** An AppError in words for the terminal: Vietnamese first, English second. */
export function describeAppError(e: AppError): string {
  const lines = (e.details ?? []).map((d) => `  ${d.field}: ${tAny('vi', d.key, d.params)} / ${tAny('en', d.key, d.params)}`);
  return [`${tAny('vi', e.code, e.params)} / ${tAny('en', e.code, e.params)}`, ...lines].join('\n');
}

async function resolveUnit(db: Kysely<DB>, unit: string, io: CliIo): Promise<{ id: string; name: string }> {
  const unitId = Id.safeParse(unit);
  if (unitId.success) {
    const row = await q.unitById(db, unitId.data);
    if (!row) throw new CliError(`No organisation unit has the id ${unit}.`);
    return row;
  }
  if (!/^\d{1,2}$/.test(unit))
    throw new CliError(`--unit must be an organisation-unit id (uuid) or a 2025 province code such as 33, not "${unit}".`);
  const adminId = `2025:P:${unit.padStart(2, '0')}`;
  const existing = await q.provinceUnitOf(db, adminId);
  if (existing) return existing;
  const province = await q.adminProvince(db, adminId);
  if (!province) throw new CliError(`There is no 2025 province with the code ${unit}.`);
  const id = await db.transaction().execute(async (trx) => {
    const unitId = await q.insertRootUnit(trx, {
      kind: 'province',
      name: province.name,
      adminUnitId: province.id,
      validFrom: PROVINCES_SINCE,
      searchText: unitSearchText(province.name),
    });
    await recordAudit(trx, cliAuditContext(), [
      {
        action: 'org_unit.create',
        entityType: 'org_unit',
        entityId: unitId,
        unitId,
        after: { kind: 'province', name: province.name, adminUnitId: province.id },
      },
    ]);
    return unitId;
  });
  io.out(`Created the organisation unit "${province.name}" (${id}).`);
  return { id, name: province.name };
}

async function readPassword(io: CliIo, given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (!io.ask) throw new CliError('No --password given and no terminal to ask for one.');
  const first = await io.ask('Password (mật khẩu): ', true);
  if (!io.interactive) return first; // piped: one line
  const again = await io.ask('Repeat the password (nhập lại): ', true);
  if (first !== again) throw new CliError('The two passwords differ.');
  return first;
}

export function registerCreateAdmin(program: Command, io: CliIo) {
  program
    .command('create-admin')
    .description('create an administrator account bound to an organisation unit')
    .requiredOption('--username <username>', 'login name (a-z, 0-9, . _ -)')
    .requiredOption('--display-name <name>', 'name shown in the app')
    .option('--password <password>', 'password (asked for when omitted)')
    .requiredOption('--unit <unit>', 'organisation-unit id, or a 2025 province code such as 33')
    .action(async (opts: { username: string; displayName: string; password?: string; unit: string }) => {
      const username = Username.safeParse(opts.username);
      if (!username.success) throw new CliError(`--username: ${t('vi', 'v.username')} / ${t('en', 'v.username')}`);
      // Asked before the (slow) database opening, so the prompt comes at once.
      const password = await readPassword(io, opts.password);
      await withDatabase(io, async (database) => {
        await prepareDatabase(database, { seedDemo: false });
        if (await q.accountByUsername(database.db, username.data)) throw new CliError(`The username "${username.data}" is already taken.`);
        // Checked before a province unit may be created, so a refused password leaves nothing behind.
        const policy = await getSetting<PasswordPolicy>(database.db, 'auth.password_policy');
        const problem = passwordProblems(password, policy, { username: username.data, names: [opts.displayName] })[0];
        if (problem)
          throw new CliError(`password: ${tAny('vi', problem.key, problem.params)} / ${tAny('en', problem.key, problem.params)}`);
        const unit = await resolveUnit(database.db, opts.unit, io);
        try {
          const account = await createAccount(database.db, cliAuditContext(), [unit.id], {
            username: username.data,
            displayName: opts.displayName,
            password,
            locale: 'vi',
            roles: rolesOf('accounts.manage').map((role) => ({ role, unitId: unit.id })),
          });
          io.out(`Administrator "${account.username}" created for ${unit.name}. Sign in at the web app with this username.`);
        } catch (e) {
          if (e instanceof AppError) throw new CliError(describeAppError(e), EXIT_FAILED);
          throw e;
        }
      });
    });
}
