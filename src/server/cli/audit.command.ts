// `canbo audit verify`: recomputes the audit trail's hash chain; exit 1 when it is broken.
import type { Command } from 'commander';
import { verifyChain } from '../modules/audit/audit.verify.js';
import { type CliIo, CliError, EXIT_FAILED, describeTarget, withDatabase } from './cli.io.js';

export function registerAudit(program: Command, io: CliIo) {
  const audit = program.command('audit').description('audit trail tools');
  audit
    .command('verify')
    .description('check the hash chain of the audit trail (exit 1 when it is broken)')
    .action(() =>
      withDatabase(io, async (database, env) => {
        io.out(`Verifying the audit trail of the ${describeTarget(env)}…`);
        const t0 = Date.now();
        const result = await verifyChain(database.db, (checked) => io.status?.(`  ${checked} events checked…`));
        io.status?.('');
        if (!result.intact) {
          const at = result.brokenAt!;
          throw new CliError(
            `broken at seq ${at.seq} (${at.reason.replace('_', ' ')}); ${result.checked} events before it are intact.\n` +
              `Chuỗi nhật ký bị phá vỡ tại sự kiện số ${at.seq}.`,
            EXIT_FAILED,
          );
        }
        io.out(`intact: ${result.checked} events checked, last seq ${result.lastSeq} (${Date.now() - t0} ms)`);
      }),
    );
}
