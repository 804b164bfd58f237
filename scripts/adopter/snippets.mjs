#!/usr/bin/env node
// The install snippets of docs/install/snippets.yaml, for the README and for the adopter check.
//
//   node scripts/adopter/snippets.mjs render [--check]
//       writes every snippet into README.md between <!-- install:<id> --> and <!-- /install:<id> -->;
//       with --check, writes nothing and fails when the README differs from what it would write
//   node scripts/adopter/snippets.mjs apply --app <dir> --kind legacy|nfs --tarballs <dir> --examples <dir>
//       applies the snippets to a fresh create-app app, exactly as the README shows them; fails with
//       the snippet's id and anchor when a stock file no longer has the anchor
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import prettier from 'prettier';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const snippetsFile = path.join(root, 'docs/install/snippets.yaml');
const readmeFile = path.join(root, 'README.md');

function fail(message) {
  console.error(`[snippets] ${message}`);
  process.exit(1);
}

function loadSnippets() {
  const { snippets } = parse(fs.readFileSync(snippetsFile, 'utf8'));
  const ids = new Set();
  for (const s of snippets) {
    if (ids.has(s.id))
      fail(`docs/install/snippets.yaml: the id ${s.id} is used twice`);
    ids.add(s.id);
    s.apps = s.apps ?? ['legacy', 'nfs'];
  }
  return snippets;
}

/** The README block of one snippet: where (as a comment) and the code. */
function renderBlock(s) {
  const where = s.file ? `${s.file}: ${s.where}` : s.where;
  const fence = code => ['```' + s.lang, ...code, s.code.trimEnd(), '```'];
  // JSON has no comments: what to do goes above the block.
  if (s.lang === 'json')
    return [`\`${s.file}\`: ${s.where}:`, '', ...fence([])].join('\n');
  const comment = s.lang === 'sh' || s.lang === 'yaml' ? '#' : '//';
  return fence(wrap(where, 96).map(l => `${comment} ${l}`)).join('\n');
}

function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

async function render(check) {
  const snippets = loadSnippets();
  const readme = fs.readFileSync(readmeFile, 'utf8');
  let next = readme;
  for (const s of snippets) {
    const open = `<!-- install:${s.id} -->`;
    const close = `<!-- /install:${s.id} -->`;
    const start = next.indexOf(open);
    const end = next.indexOf(close);
    if (start < 0 || end < start) {
      fail(
        `README.md has no ${open} … ${close} for the snippet ${s.id} of docs/install/snippets.yaml`,
      );
    }
    next = `${next.slice(0, start + open.length)}\n\n${renderBlock(
      s,
    )}\n\n${next.slice(end)}`;
  }
  const options = (await prettier.resolveConfig(readmeFile)) ?? {};
  next = prettier.format(next, { ...options, filepath: readmeFile });
  if (check) {
    if (next !== readme) {
      fail(
        'README.md differs from docs/install/snippets.yaml: run `node scripts/adopter/snippets.mjs render`',
      );
    }
    console.log('[snippets] README.md shows docs/install/snippets.yaml');
    return;
  }
  fs.writeFileSync(readmeFile, next);
  console.log('[snippets] README.md rendered from docs/install/snippets.yaml');
}

function substitute(code, vars) {
  return code.replace(/<tarballs>|<examples>/g, m => vars[m]);
}

/** The indentation of the nearest non-empty line before (step -1) or after (step 1) the line at index. */
function nearestIndent(source, index, step) {
  const lines = source.split('\n');
  let line = source.slice(0, index).split('\n').length - 1;
  for (line += step; line >= 0 && line < lines.length; line += step) {
    if (lines[line].trim()) return lines[line].match(/^[ \t]*/)[0];
  }
  return '';
}

function indent(code, prefix) {
  return code
    .trimEnd()
    .split('\n')
    .map(l => (l ? prefix + l : l))
    .join('\n');
}

function lineStartOf(source, index) {
  return source.lastIndexOf('\n', index - 1) + 1;
}

function applyToSource(s, source, code) {
  const where = `${s.file} (snippet ${s.id})`;
  if (s.apply === 'after-imports') {
    const imports = [...source.matchAll(/^import[\s\S]*?from '[^']+';\n/gm)];
    if (!imports.length) fail(`${where}: the file has no import statements`);
    const last = imports[imports.length - 1];
    const at = last.index + last[0].length;
    return source.slice(0, at) + code.trimEnd() + '\n' + source.slice(at);
  }
  const anchor = s.anchor;
  if (!anchor) fail(`${where}: apply ${s.apply} needs an anchor`);
  const first = source.indexOf(anchor);
  if (first < 0) {
    fail(
      `${where}: the stock file no longer contains the anchor ${JSON.stringify(
        anchor,
      )}; ` + 'update docs/install/snippets.yaml to the new create-app file',
    );
  }
  const insertBefore = (text, at) => {
    const lineStart = lineStartOf(text, at);
    const lines = indent(code, nearestIndent(text, lineStart, -1));
    return `${text.slice(0, lineStart)}${lines}\n${text.slice(lineStart)}`;
  };
  switch (s.apply) {
    case 'replace': {
      const own =
        source.slice(lineStartOf(source, first), first) +
        anchor.match(/^[ \t]*/)[0];
      const lines = indent(code, own).slice(own.length);
      return (
        source.slice(0, first) +
        anchor.match(/^[ \t]*/)[0] +
        lines +
        source.slice(first + anchor.length)
      );
    }
    case 'before':
      return insertBefore(source, first);
    case 'after': {
      const lineEnd = source.indexOf('\n', first + anchor.length);
      const at = lineEnd < 0 ? source.length : lineEnd + 1;
      const lines = indent(code, nearestIndent(source, at - 1, 1));
      return `${source.slice(0, at)}${lines}\n${source.slice(at)}`;
    }
    case 'before-each': {
      let out = source;
      let from = out.length;
      for (;;) {
        const at = out.lastIndexOf(anchor, from);
        if (at < 0) break;
        const lineStart = lineStartOf(out, at);
        out = insertBefore(out, at);
        from = lineStart - 1;
        if (from < 0) break;
      }
      return out;
    }
    default:
      return fail(`${where}: unknown apply ${s.apply}`);
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function applyYarnAdd(s, app, code) {
  const words = code.replace(/\\\n/g, ' ').trim().split(/\s+/);
  const cwd = words[words.indexOf('--cwd') + 1];
  const pkgs = words.slice(words.indexOf('add') + 1);
  if (words[0] !== 'yarn' || !cwd || !pkgs.length)
    fail(
      `snippet ${s.id}: expected \`yarn --cwd <workspace> add <package>@<range> …\``,
    );
  const file = path.join(app, cwd, 'package.json');
  const manifest = readJson(file);
  for (const p of pkgs) {
    const at = p.lastIndexOf('@');
    if (at <= 0) fail(`snippet ${s.id}: ${p} has no version range`);
    manifest.dependencies[p.slice(0, at)] = p.slice(at + 1);
  }
  writeJson(file, manifest);
}

function apply(args) {
  const opt = name => {
    const i = args.indexOf(`--${name}`);
    if (i < 0 || !args[i + 1]) fail(`apply needs --${name}`);
    return args[i + 1];
  };
  const app = path.resolve(opt('app'));
  const kind = opt('kind');
  const vars = {
    '<tarballs>': path.resolve(opt('tarballs')),
    '<examples>': path.resolve(opt('examples')),
  };
  for (const s of loadSnippets()) {
    if (!s.apps.includes(kind) || s.apply === 'run' || s.apply === 'none')
      continue;
    const code = substitute(s.code, vars);
    if (s.apply === 'yarn-add') applyYarnAdd(s, app, code);
    else if (s.apply === 'resolutions') {
      const file = path.join(app, 'package.json');
      const manifest = readJson(file);
      manifest.resolutions = {
        ...manifest.resolutions,
        ...JSON.parse(code).resolutions,
      };
      writeJson(file, manifest);
    } else {
      const file = path.join(app, s.file);
      if (!fs.existsSync(file))
        fail(`snippet ${s.id}: the app has no ${s.file}`);
      fs.writeFileSync(
        file,
        applyToSource(s, fs.readFileSync(file, 'utf8'), code),
      );
    }
    console.log(
      `[snippets] ${kind}: applied ${s.id} to ${s.file ?? 'the app'}`,
    );
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'render') await render(rest.includes('--check'));
else if (command === 'apply') apply(rest);
else
  fail(
    'usage: snippets.mjs render [--check] | apply --app <dir> --kind legacy|nfs --tarballs <dir> --examples <dir>',
  );
