#!/usr/bin/env node
// Builds the bundled Neo4j launcher (server/db/neo4j) with Maven; run by `npm install` (postinstall).
// Skips the build when it is up to date; never fails `npm install` for users of an external Neo4j.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'server/db/neo4j');
const jar = path.join(project, 'target/scamgraph-neo4j.jar');
const force = process.argv.includes('--force');
const strict = process.argv.includes('--strict');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function upToDate() {
  if (!existsSync(jar) || !existsSync(path.join(project, 'target/lib'))) return false;
  const sources = Math.max(
    statSync(path.join(project, 'pom.xml')).mtimeMs,
    newestSource(path.join(project, 'src')),
  );
  return statSync(jar).mtimeMs >= sources;
}

function has(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? `${r.stdout}${r.stderr}` : null;
}

function fail(message) {
  console.error(`\nscamgraph: ${message}\n`);
  process.exit(strict ? 1 : 0);
}

if (process.env.NEO4J_URI && !force && !strict) {
  console.log('scamgraph: NEO4J_URI is set, skipping the bundled Neo4j build.');
  process.exit(0);
}
if (!force && upToDate()) {
  console.log('scamgraph: bundled Neo4j is built.');
  process.exit(0);
}
const java = has('java', ['-version']);
const javaMajor = java && Number((/version "(\d+)/.exec(java) ?? [])[1]);
if (!java || !(javaMajor >= 17)) {
  fail(
    'Java 17 or newer is needed to run the bundled Neo4j (found: ' +
      (java ? `Java ${javaMajor}` : 'none') +
      ').\n  Install it (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven) and run `npm run build:neo4j`,\n' +
      '  or set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) to an existing Neo4j 5 (Docker neo4j:5, Desktop, Aura).',
  );
}
if (!has('mvn', ['-v'])) {
  fail(
    'Maven 3 is needed to build the bundled Neo4j.\n  Install it (Debian/Ubuntu: apt-get install maven) and run `npm run build:neo4j`,\n' +
      '  or set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) to an existing Neo4j 5.',
  );
}
console.log(
  'scamgraph: building the bundled Neo4j (Maven; downloads Neo4j Community the first time)…',
);
const build = spawnSync(
  'mvn',
  ['-q', '-B', '-f', path.join(project, 'pom.xml'), 'package', '-DskipTests'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0)
  fail(
    'the Maven build of the bundled Neo4j failed (see above); retry with `npm run build:neo4j`.',
  );
// Maven leaves an unchanged jar as it was: mark it built now, or every start would see it as stale.
const now = new Date();
utimesSync(jar, now, now);
console.log('scamgraph: bundled Neo4j built.');
