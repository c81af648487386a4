// Helpers for the CLI tests: an in-process run with captured output, temp folders, free ports,
// and spawning real processes (the lock can only be shown with two processes).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './main.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI in this process with the given environment (nothing inherited but PATH); with
 * `answers`, a person at a terminal types them in turn when asked.
 */
export async function cli(args: string[], env: NodeJS.ProcessEnv, answers?: string[]): Promise<CliRun & { asked: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const pending = [...(answers ?? [])];
  const code = await runCli(args, {
    env: { PATH: process.env.PATH, ...env },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    ask: answers ? async (question) => (asked.push(question), pending.shift() ?? '') : undefined,
    interactive: !!answers,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), asked };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `canbo-${prefix}-`));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
}

/** Starts `node --import tsx <script> …args` from the repository root. */
export function spawnTs(script: string, args: string[], env: NodeJS.ProcessEnv): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (b: Buffer) => (text += b.toString()));
  child.stderr.on('data', (b: Buffer) => (text += b.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  return { child, output: () => text, exited };
}

/** Resolves when the process has printed `pattern`; rejects when it exits first or times out. */
export async function waitForOutput(p: Spawned, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void p.exited.then(() => (exited = true));
  while (!pattern.test(p.output())) {
    if (exited) throw new Error(`process exited before printing ${pattern}:\n${p.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${p.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
