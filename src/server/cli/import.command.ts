// `canbo import people <file.xlsx> --unit <id> [--mode all|valid]`: the web app's people import
// (same checks, same all-or-nothing rule, same error workbook) with a progress bar in the terminal.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Id } from '../../contracts/common.js';
import { rolesOf } from '../../contracts/permissions.js';
import { ImportMode } from '../../contracts/people-excel.js';
import { prepareDatabase } from '../boot.js';
import type { Actor } from '../http/context.js';
import { tAny } from '../i18n.js';
import { importPeopleFromBuffer } from '../modules/people-excel/index.js';
import * as q from './cli.queries.js';
import { type CliIo, CliError, EXIT_FAILED, progressBar, withDatabase } from './cli.io.js';
import { cliAuditContext } from './create-admin.command.js';

/** The operator acts as an importer of the target unit (the roles of people.import in the permission matrix). */
function operatorActor(unitId: string): Actor {
  const audit = cliAuditContext();
  return {
    accountId: '00000000-0000-0000-0000-000000000000',
    username: 'canbo-cli',
    displayName: audit.actorName,
    personId: null,
    locale: 'vi',
    roles: rolesOf('people.import').map((role) => ({ role, unitId })),
    sessionId: '',
    csrfToken: '',
  };
}

const PHASES = { validating: 'checking rows', writing: 'writing people' } as const;

export function registerImport(program: Command, io: CliIo) {
  const imp = program.command('import').description('import data from Excel workbooks');
  imp
    .command('people')
    .description('import people from a workbook in the CanBo template into a unit and its subtree')
    .argument('<file>', '.xlsx workbook (the template of the web app, or an export)')
    .requiredOption('--unit <id>', 'organisation unit the people belong to (rows may name units below it)')
    .option('--mode <mode>', 'all: nothing is written if any row is bad; valid: write the good rows', 'all')
    .option('--errors <file>', 'where to write the error workbook (default: <file>.errors.xlsx)')
    .action((file: string, opts: { unit: string; mode: string; errors?: string }) =>
      withDatabase(io, async (database) => {
        const mode = ImportMode.safeParse(opts.mode);
        if (!mode.success) throw new CliError('--mode must be "all" or "valid".');
        if (!fs.existsSync(file)) throw new CliError(`${file} does not exist.`);
        await prepareDatabase(database, { seedDemo: false });
        const unitId = Id.safeParse(opts.unit);
        const unit = unitId.success ? await q.unitById(database.db, unitId.data) : undefined;
        if (!unit) throw new CliError(`No organisation unit has the id ${opts.unit}.`);

        io.out(`Importing ${path.basename(file)} into ${unit.name} (mode ${mode.data})…`);
        const t0 = Date.now();
        const bars = { validating: progressBar(io, `  ${PHASES.validating}`), writing: progressBar(io, `  ${PHASES.writing}`) };
        const outcome = await importPeopleFromBuffer(
          database.db,
          { actor: operatorActor(unit.id), audit: cliAuditContext(), locale: 'vi' },
          unit.id,
          fs.readFileSync(file),
          mode.data,
          (p) => bars[p.phase].update(p.done, p.total),
        );
        io.status?.('');
        const errorsPath = opts.errors ?? file.replace(/\.xlsx$/i, '') + '.errors.xlsx';
        if (outcome.errorFile) fs.writeFileSync(errorsPath, outcome.errorFile);
        const r = outcome.result;
        if (outcome.error)
          io.err(`${tAny('vi', outcome.error.code, outcome.error.params)} / ${tAny('en', outcome.error.code, outcome.error.params)}`);
        if (r) {
          io.out(
            `${r.total} rows: ${r.valid} valid, ${r.invalid} with errors; ${r.inserted} people written (${((Date.now() - t0) / 1000).toFixed(1)} s).`,
          );
          for (const i of r.issues.slice(0, 10)) io.err(`  row ${i.row}, ${i.header}: ${tAny('vi', i.key, i.params)}`);
          if (r.issues.length > 10) io.err(`  … and more`);
        }
        if (outcome.errorFile) io.out(`The rows with errors are marked in ${errorsPath}; fix them there and import that file again.`);
        if (outcome.status !== 'succeeded')
          throw new CliError(
            mode.data === 'all' && r?.invalid
              ? 'Nothing was written (mode all: every row must be valid; --mode valid writes the good rows).'
              : 'Nothing was written.',
            EXIT_FAILED,
          );
      }),
    );
}
