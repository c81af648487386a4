// The operator's command line: `npx canbo <command>` (bin/canbo.mjs) or `npm run canbo -- <command>`.
// Every command reads the same configuration as the server (env.ts) and opens the same database.
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { registerAudit } from './audit.command.js';
import { registerBackup } from './backup.command.js';
import { type CliIo, CliError, EXIT_FAILED } from './cli.io.js';
import { registerCreateAdmin } from './create-admin.command.js';
import { registerImport } from './import.command.js';
import { registerMigrate } from './migrate.command.js';
import { registerSeed } from './seed.command.js';

export function buildProgram(io: CliIo): Command {
  const program = new Command('canbo')
    .description(
      'CanBo command line: database, accounts, import, backup and audit (configuration: the same environment variables as the server)',
    )
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerMigrate(program, io);
  registerCreateAdmin(program, io);
  registerImport(program, io);
  registerBackup(program, io);
  registerAudit(program, io);
  registerSeed(program, io);
  return program;
}

/** Runs one command line; returns the exit code (0 ok, 1 failed, 2 configuration or lock). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(args, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return EXIT_FAILED;
  }
}

/** The real terminal: progress on stderr when it is a TTY, hidden password prompts. */
export function processIo(): CliIo {
  const tty = process.stderr.isTTY;
  return {
    env: process.env,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    status: tty ? (line) => process.stderr.write(`\r\x1b[2K${line}`) : undefined,
    ask: (question, hidden) => ask(question, hidden),
    interactive: !!process.stdin.isTTY,
  };
}

let piped: Promise<string[]> | undefined;
let terminal: readline.Interface | undefined;

function ask(question: string, hidden: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    // A pipe is read once; each question takes the next line.
    piped ??= new Promise((resolve) => {
      let text = '';
      process.stdin.on('data', (b: Buffer) => (text += b.toString('utf8')));
      process.stdin.on('end', () => resolve(text.split(/\r?\n/)));
    });
    return piped.then((lines) => lines.shift() ?? '');
  }
  // One interface for every question, so type-ahead is not lost between them.
  terminal ??= readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const rl = terminal as readline.Interface & { _writeToOutput: (s: string) => void };
  const write = (s: string) => process.stderr.write(s);
  // While a password is typed nothing is echoed; only the question itself is written.
  rl._writeToOutput = hidden ? (s) => (s.includes(question) ? write(question) : undefined) : write;
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      if (hidden) write('\n');
      rl._writeToOutput = write;
      resolve(answer);
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await runCli(process.argv.slice(2), processIo());
  process.exit(code);
}
