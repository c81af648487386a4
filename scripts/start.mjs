// `npm start`: build the web app when it is missing or stale, then run the server (embedded
// database and demo organisation unless configured otherwise, see README).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureWebBuild, root } from './web-build.mjs';

if (!ensureWebBuild()) process.exit(1);

const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the whole process group; a SIGTERM sent to this process alone is passed on so
// the server closes the database cleanly.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('SIGINT', () => {});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
