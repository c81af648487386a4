// `npm run dev`: the API server restarting on change (tsx watch) and the Vite dev server with hot
// reload side by side; stopping one stops both. Each child gets at most one signal from here:
// tsx watch force-kills the server on a second one, which would leave the embedded database
// unclosed and its lock behind.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { hasWebApp, root } from './web-build.mjs';

const bin = (p) => path.join(root, 'node_modules', p);
const children = [
  spawn(process.execPath, [bin('tsx/dist/cli.mjs'), 'watch', '--clear-screen=false', 'src/server/main.ts'], {
    cwd: root,
    stdio: 'inherit',
  }),
];
if (hasWebApp()) children.push(spawn(process.execPath, [bin('vite/bin/vite.js')], { cwd: root, stdio: 'inherit' }));
else console.log('CanBo: no vite.config.ts yet — running the API server only.');

let exitCode = 0;
let stopping = false;
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null && signal) c.kill(signal);
}
for (const c of children) {
  c.on('exit', (code) => {
    if (code) exitCode = code;
    stopAll('SIGTERM'); // one died (or was stopped): stop the other
    if (children.every((x) => x.exitCode !== null || x.signalCode !== null)) process.exit(exitCode);
  });
}
// Ctrl-C already reached every child through the terminal's process group: only wait for them.
process.on('SIGINT', () => stopAll(null));
process.on('SIGTERM', () => stopAll('SIGTERM'));
