#!/usr/bin/env node
// Checks what a release through changesets needs, without git history: every publishable package
// (not private) has a CHANGELOG.md whose first heading names it, and every pending changeset in
// .changeset/ names only publishable packages of this repository with a bump of patch, minor or
// major and says what changed. Exits 1 naming each problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const problems = [];
const publishable = new Map();
for (const dir of ['plugins', 'packages']) {
  for (const name of readdirSync(join(root, dir))) {
    const file = join(root, dir, name, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (!pkg.private) publishable.set(pkg.name, join(dir, name));
  }
}
for (const [name, dir] of publishable) {
  const changelog = join(root, dir, 'CHANGELOG.md');
  if (!existsSync(changelog)) {
    problems.push(
      `${dir} has no CHANGELOG.md; changesets writes it on release, start it with "# ${name}"`,
    );
  } else if (readFileSync(changelog, 'utf8').split('\n')[0] !== `# ${name}`) {
    problems.push(`${dir}/CHANGELOG.md must start with "# ${name}"`);
  }
}
const changesets = join(root, '.changeset');
for (const file of readdirSync(changesets).filter(
  f => f.endsWith('.md') && f !== 'README.md',
)) {
  const text = readFileSync(join(changesets, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) {
    problems.push(
      `.changeset/${file} must start with a front matter (--- 'package': minor ---)`,
    );
    continue;
  }
  for (const line of match[1].split('\n').filter(Boolean)) {
    const entry = /^['"]?([^'"]+)['"]?:\s*(patch|minor|major)$/.exec(
      line.trim(),
    );
    if (!entry) {
      problems.push(
        `.changeset/${file}: "${line}" must be 'package-name': patch|minor|major`,
      );
    } else if (!publishable.has(entry[1])) {
      problems.push(
        `.changeset/${file} names ${entry[1]}, which is not a publishable package here`,
      );
    }
  }
  if (!match[2].trim())
    problems.push(
      `.changeset/${file} must say what changed under its front matter`,
    );
}
if (problems.length > 0) {
  console.error(problems.map(p => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `changesets: ${publishable.size} publishable packages have a CHANGELOG.md; pending changesets are valid`,
);
