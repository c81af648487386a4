// typescript-eslint's type-aware rules need the classic TypeScript compiler API (5.x); the project
// compiles with TypeScript 7, whose `typescript` package is native and exports only a version stub.
// TypeScript 5.9 is installed under the alias `typescript-5`; this hook makes every require() of
// `typescript` inside the ESLint process load it instead. Only eslint.config.js loads this file, so
// `tsc`, vite, vitest and the app never see it. See docs/decisions/0009-house-rules.md.
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveTypescript5(request, ...rest) {
  const redirected =
    request === 'typescript' || request.startsWith('typescript/') ? `typescript-5${request.slice('typescript'.length)}` : request;
  return resolve.call(this, redirected, ...rest);
};
