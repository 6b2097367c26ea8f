// The fuzz suite (issue 9): every input path of the running server against generated, mutated and hostile
// input; after each case the server still answers and the graph changed only by what was accepted.
// `npm test` runs a short pass; `npm run fuzz` (SCAMGRAPH_FUZZ=long) a long one; SCAMGRAPH_FUZZ_SEED replays.
import { afterAll, beforeAll, describe } from 'vitest';
import { FuzzServer } from './harness.js';
import { briefingPaths } from './paths/briefing.js';
import { cliPaths } from './paths/cli.js';
import { graphqlRawPaths } from './paths/graphql-raw.js';
import { graphqlPaths } from './paths/graphql.js';
import { injectionPaths } from './paths/injection.js';
import { readbackPaths } from './paths/readback.js';
import { taxiiPaths } from './paths/taxii.js';
import { uploadCutOffPaths } from './paths/upload-cutoff.js';
import { uploadPaths } from './paths/upload.js';

let fuzz: FuzzServer | undefined;
const started = Date.now();
const get = () => fuzz as FuzzServer;

beforeAll(async () => {
  fuzz = await FuzzServer.start();
});

afterAll(async () => {
  if (fuzz) console.log(fuzz.summary(Date.now() - started));
  await fuzz?.stop();
});

describe('POST /api/ingest', () => {
  uploadPaths(get);
  uploadCutOffPaths(get);
});
describe('POST /graphql', () => {
  graphqlPaths(get);
  graphqlRawPaths(get);
});
describe('TAXII 2.1', () => taxiiPaths(get));
describe('GET /api/briefing', () => briefingPaths(get));
describe('injection corpus', () => injectionPaths(get));
describe('read-back of what the ingests stored', () => readbackPaths(get));
// Last: a runaway in-process ingest (the CLI path has no cancellation) would slow every later path.
describe('CLI ingest', () => cliPaths(get));
