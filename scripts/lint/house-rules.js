// CanBo's own ESLint rules: the architecture boundaries of docs/ARCHITECTURE.md, checked.
// Each import (static, re-export or dynamic import()) is resolved to a repository path and the
// importing file's layer decides what it may reach. See docs/decisions/0009-house-rules.md.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Repository-relative POSIX path without the extension (`src/server/modules/org/index`). */
function repoPath(abs) {
  return path
    .relative(root, abs)
    .split(path.sep)
    .join('/')
    .replace(/\.(d\.)?[cm]?[jt]sx?$/, '');
}

const isTest = (file) => /\.test$|^src\/server\/test\//.test(file) || file.startsWith('e2e/');
const moduleOf = (file) => /^src\/server\/modules\/([^/]+)\//.exec(file)?.[1];
const featureOf = (file) => /^src\/web\/features\/([^/]+)\//.exec(file)?.[1];
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/**
 * The boundary a (from → to) import crosses, as a message, or null when it is allowed.
 * `to` is a repository path for relative imports, or `{ pkg }` for a package.
 */
// Pure computation libraries the rules may use (no I/O, no framework): the password-strength
// estimator of the NIST password policy (decision 0007).
const PURE_PACKAGES = new Set(['@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en']);

function crossing(from, to) {
  if (typeof to === 'object') {
    if (from.startsWith('src/domain/') && !isTest(from) && !PURE_PACKAGES.has(to.pkg))
      return `src/domain imports nothing outside itself (found '${to.pkg}')`;
    if (from.startsWith('src/contracts/') && !isTest(from) && to.pkg !== 'zod')
      return `src/contracts imports only zod and src/domain (found '${to.pkg}')`;
    return null;
  }
  if (from.startsWith('src/domain/') && !isTest(from) && !to.startsWith('src/domain/')) return 'src/domain imports nothing outside itself';
  if (from.startsWith('src/contracts/') && !isTest(from) && !to.startsWith('src/contracts/') && !to.startsWith('src/domain/'))
    return 'src/contracts imports only zod and src/domain';
  if (from.startsWith('src/web/') && to.startsWith('src/server/'))
    return 'the web app does not import the server (share through src/contracts or src/domain)';
  // Documentation generators (scripts/docs/) name things as the UI does: they read the web catalogue.
  const readsCatalogue = from.startsWith('scripts/docs/') && to.startsWith('src/web/i18n/');
  if (!from.startsWith('src/web/') && to.startsWith('src/web/') && !from.startsWith('e2e/') && !readsCatalogue)
    return 'only the web app imports src/web';
  if (from.startsWith('src/server/http/') && to.startsWith('src/server/modules/'))
    return 'src/server/http does not import modules: pass what it needs in (the modules depend on http, not the reverse)';
  const target = moduleOf(to);
  if (target && target !== moduleOf(from) && to !== `src/server/modules/${target}/index`) {
    // The one place that mounts every module's routes.
    const mountsRoutes = from === 'src/server/modules/routes' && to === `src/server/modules/${target}/${target}.routes`;
    // A module's test kit (*.test-support.ts) builds its records for other modules' tests too.
    const sharesTestKit = (isTest(from) || from.endsWith('.test-support')) && to.endsWith('.test-support');
    // The server catalogue spreads each module's messages (plain data; through index.ts it would be a cycle).
    const spreadsMessages = from === 'src/server/i18n' && /^src\/server\/modules\/[^/]+\/[^/]+\.messages$/.test(to);
    if (!mountsRoutes && !sharesTestKit && !spreadsMessages) return `enter the ${target} module through its index.ts`;
  }
  if ((from.startsWith('src/web/components/') || from.startsWith('src/web/lib/')) && to.startsWith('src/web/features/'))
    return 'shared web components/ and lib/ do not import features/';
  const feature = featureOf(to);
  if (feature && featureOf(from) && feature !== featureOf(from)) return `features do not import each other (found features/${feature})`;
  return null;
}

const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Architecture boundaries of docs/ARCHITECTURE.md' },
    schema: [],
  },
  create(context) {
    const from = repoPath(context.filename);
    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (spec.startsWith('node:')) return;
      const to = spec.startsWith('.') ? repoPath(path.resolve(path.dirname(context.filename), spec)) : { pkg: packageName(spec) };
      const message = crossing(from, to);
      if (message) context.report({ node: source, message });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

/** Lines that hold code: not blank, not only comment (the same count as max-lines' skip options). */
function codeLines(sourceCode) {
  const commentOnly = new Set();
  for (const comment of sourceCode.getAllComments()) {
    for (let line = comment.loc.start.line; line <= comment.loc.end.line; line++) commentOnly.add(line);
  }
  let count = 0;
  sourceCode.lines.forEach((text, i) => {
    if (text.trim() === '') return;
    if (commentOnly.has(i + 1)) {
      // A line with a comment still counts when code shares it.
      const tokens = sourceCode.tokensAndComments.filter((t) => t.loc.start.line <= i + 1 && t.loc.end.line >= i + 1);
      if (tokens.every((t) => t.type === 'Line' || t.type === 'Block')) return;
    }
    count++;
  });
  return count;
}

// max-lines has one threshold and one severity: this rule is the early warning (STYLE.md: aim
// under 300 lines), max-lines the hard limit at 500.
const longFile = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Warn when a file grows past the size the style guide aims for' },
    schema: [{ type: 'integer', minimum: 1 }],
  },
  create(context) {
    const max = context.options[0] ?? 300;
    return {
      'Program:exit'(node) {
        const count = codeLines(context.sourceCode);
        if (count > max)
          context.report({
            node,
            loc: { line: 1, column: 0 },
            message: `${count} lines of code (aim under ${max}): split by sub-resource before 500.`,
          });
      },
    };
  },
};

// A rule broken on purpose is broken with its reason: `eslint-disable-next-line rule -- why`.
const disableReason = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Every eslint-disable comment says why after --' },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, message: 'Say why the rule is broken here: `eslint-disable… rule -- reason`.' });
          }
        }
      },
    };
  },
};

export const houseRules = {
  meta: { name: 'canbo-house-rules' },
  rules: { boundaries, 'long-file': longFile, 'disable-reason': disableReason },
};
export { crossing };
