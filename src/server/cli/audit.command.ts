// `canbo audit verify`: recomputes the audit trail's hash chain and lists every broken event;
// exit 1 when anything is broken.
import type { Command } from 'commander';
import type { AuditBreak, AuditBreakReason } from '../../contracts/audit.js';
import { verifyChain } from '../modules/audit/index.js';
import { type CliIo, CliError, EXIT_FAILED, describeTarget, withDatabase } from './cli.io.js';

const REASONS: Record<AuditBreakReason, { en: string; vi: string }> = {
  hash_mismatch: { en: 'content does not match its hash', vi: 'nội dung không khớp mã băm' },
  link_mismatch: { en: 'link to the previous event is wrong', vi: 'liên kết với sự kiện trước bị sai' },
  gap: { en: 'events missing', vi: 'thiếu sự kiện' },
  head_mismatch: { en: 'last event does not match the chain head', vi: 'sự kiện cuối không khớp đầu chuỗi' },
};

const where = (b: AuditBreak) => (b.toSeq !== undefined && b.toSeq !== b.seq ? `${b.seq}–${b.toSeq}` : `${b.seq}`);

/** One line per break, English then Vietnamese. */
export function describeBreaks(breaks: AuditBreak[], brokenCount: number): string {
  const lines = breaks.map((b) => `  seq ${where(b)}: ${REASONS[b.reason].en} / ${REASONS[b.reason].vi}`);
  const more = brokenCount - breaks.length;
  if (more > 0) lines.push(`  … and ${more} more not listed / và ${more} chỗ khác không liệt kê`);
  return lines.join('\n');
}

export function registerAudit(program: Command, io: CliIo) {
  const audit = program.command('audit').description('audit trail tools');
  audit
    .command('verify')
    .description('check the hash chain of the audit trail and list every broken event (exit 1 when broken)')
    .action(() =>
      withDatabase(io, async (database, env) => {
        io.out(`Verifying the audit trail of the ${describeTarget(env)}…`);
        const t0 = Date.now();
        const result = await verifyChain(database.db, (checked) => io.status?.(`  ${checked} events checked…`));
        io.status?.('');
        if (!result.intact) {
          throw new CliError(
            `broken: ${result.brokenCount} break(s) in ${result.checked} events checked, last seq ${result.lastSeq}\n` +
              `Chuỗi nhật ký bị phá vỡ: ${result.brokenCount} chỗ sai lệch trong ${result.checked} sự kiện.\n` +
              describeBreaks(result.breaks, result.brokenCount),
            EXIT_FAILED,
          );
        }
        io.out(`intact: ${result.checked} events checked, last seq ${result.lastSeq} (${Date.now() - t0} ms)`);
      }),
    );
}
