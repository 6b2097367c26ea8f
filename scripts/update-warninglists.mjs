#!/usr/bin/env node
// Refreshes the vendored MISP warninglists in server/indicators/data/warninglists/ from PyPI's
// pymispwarninglists wheel (the lists are CC0 1.0, the package BSD-3-Clause; see LICENSE there).
// Usage: node scripts/update-warninglists.mjs [version]   (needs python3 with pip; run, then review the diff)
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'server/indicators/data/warninglists');
/** The lists that name shared platforms (see server/indicators/platforms.ts for how each is used). */
const LISTS = [
  'url-shortener',
  'link-in-bio',
  'public-ipfs-gateways',
  'lots-project',
  'digitalside',
  'google',
  'microsoft',
  'microsoft-office365',
  'dynamic-dns',
];

const version = process.argv[2];
const tmp = mkdtempSync(path.join(tmpdir(), 'warninglists-'));
try {
  const spec = version ? `pymispwarninglists==${version}` : 'pymispwarninglists';
  execFileSync(
    'python3',
    ['-m', 'pip', 'download', spec, '--no-deps', '--only-binary', ':all:', '-d', tmp],
    {
      stdio: 'inherit',
    },
  );
  const wheel = readdirSync(tmp).find((f) => f.endsWith('.whl'));
  if (!wheel) throw new Error('pip download gave no wheel');
  const got = /^pymispwarninglists-([^-]+)-/.exec(wheel)?.[1] ?? 'unknown';
  execFileSync('python3', ['-m', 'zipfile', '-e', path.join(tmp, wheel), path.join(tmp, 'x')]);
  const lists = path.join(tmp, 'x/pymispwarninglists/data/misp-warninglists/lists');
  const versions = {};
  for (const name of LISTS) {
    const file = path.join(lists, name, 'list.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    versions[name] = data.version;
    copyFileSync(file, path.join(OUT, `${name}.json`));
  }
  writeFileSync(
    path.join(OUT, 'VERSION.json'),
    `${JSON.stringify({ package: 'pymispwarninglists', version: got, lists: versions }, null, 2)}\n`,
  );
  console.log(
    `pymispwarninglists ${got}: ${LISTS.length} lists written to ${path.relative(ROOT, OUT)}`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
