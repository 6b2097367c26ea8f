// POST /api/ingest cut off half way (the client drops the connection) or over the size cap (declared or
// streamed): all or nothing, so nothing of it may be written.
import http from 'node:http';
import { it } from 'vitest';
import { FORMATS } from '../corpus.js';
import type { CaseResult, FuzzServer } from '../harness.js';
import { expectNoFailures, TEST_MS } from './expect.js';
import { UPLOAD_HEADERS, uploadEffect } from './upload.js';

/** Sends part of a body, then drops the connection; the server must write nothing of it. */
function cutOff(fuzz: FuzzServer, query: string, body: Buffer, cut: number): Promise<CaseResult> {
  return new Promise((resolve) => {
    const url = new URL(`/api/ingest?${query}`, fuzz.url);
    const req = http.request(url, {
      method: 'POST',
      headers: {
        ...UPLOAD_HEADERS,
        authorization: fuzz.authorization,
        'transfer-encoding': 'chunked',
      },
    });
    req.on('error', () => {});
    req.on('response', (res) => res.resume());
    req.write(body.subarray(0, cut), () => {
      setTimeout(() => {
        req.destroy();
        // Give the server time to notice and to roll back (or, wrongly, to commit).
        setTimeout(() => resolve({ effect: { kind: 'rejected' } }), 1000);
      }, 200);
    });
  });
}

/** The upload cap the over-cap cases run under. */
const OVER_CAP_TEST_BYTES = 200_000;

/** A valid file of `n` values no other case uses, in a format (big enough for several write batches). */
export function bigBody(format: string, tag: string, n: number): Buffer {
  const values = Array.from({ length: n }, (_, i) => `fuzz-${tag}-${i}.example`);
  const hex = (i: number) => i.toString(16).padStart(12, '0');
  switch (format) {
    case 'csv':
      return Buffer.from(`indicator,type\n${values.map((v) => `${v},domain`).join('\n')}\n`);
    case 'jsonl':
      return Buffer.from(
        values.map((v) => JSON.stringify({ indicator: v, type: 'domain' })).join('\n'),
      );
    case 'stix':
      return Buffer.from(
        JSON.stringify({
          type: 'bundle',
          id: 'bundle--00000000-0000-4000-8000-000000000000',
          objects: values.map((value, i) => ({
            type: 'domain-name',
            spec_version: '2.1',
            id: `domain-name--00000000-0000-4000-8000-${hex(i)}`,
            value,
          })),
        }),
      );
    case 'misp':
      return Buffer.from(
        JSON.stringify({
          Event: {
            info: `fuzz ${tag}`,
            Attribute: values.map((value) => ({
              type: 'domain',
              category: 'Network activity',
              value,
            })),
          },
        }),
      );
    case 'json':
      return Buffer.from(JSON.stringify({ deny: values }));
    case 'yaml':
      return Buffer.from(values.map((v) => `- ${v}`).join('\n'));
    case 'hosts':
      return Buffer.from(values.map((v) => `0.0.0.0 ${v}`).join('\n'));
    case 'adblock':
      return Buffer.from(values.map((v) => `||${v}^`).join('\n'));
    default:
      return Buffer.from(values.join('\n'));
  }
}

/** An upload over the cap: 413 (or another refusal), and nothing written. */
function overCap(
  fuzz: FuzzServer,
  query: string,
  body: Buffer,
  chunked: boolean,
): Promise<CaseResult> {
  if (!chunked)
    return fuzz
      .http(`/api/ingest?${query}`, { method: 'POST', headers: UPLOAD_HEADERS, body })
      .then((answer) => ({
        answer,
        effect: uploadEffect(answer),
        problem: answer.status === 413 ? undefined : `over the cap but answered ${answer.status}`,
      }));
  return new Promise((resolve) => {
    const url = new URL(`/api/ingest?${query}`, fuzz.url);
    const req = http.request(url, {
      method: 'POST',
      headers: {
        ...UPLOAD_HEADERS,
        authorization: fuzz.authorization,
        'transfer-encoding': 'chunked',
      },
    });
    const done = (status: number) =>
      resolve({
        effect: { kind: 'rejected' },
        problem:
          status === 413
            ? undefined
            : `over the cap (streamed) but answered ${status || 'nothing'}`,
      });
    req.on('error', () => done(0));
    req.on('response', (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.end(body);
  });
}

export function uploadCutOffPaths(get: () => FuzzServer): void {
  it(
    'upload/cut-off: uploads dropped half way, or over the size cap, write nothing',
    async () => {
      const fuzz = get();
      const name = 'upload/cut-off';
      let i = 0;
      for (const format of FORMATS) {
        const body = bigBody(format, `cut${i}`, 8000);
        const query = `format=${format}&source=fuzz%20cutoff%20${i}`;
        const cut = Math.floor(body.length * 0.7);
        await fuzz.runCase(
          name,
          i++,
          () =>
            `${format} body of 8,000 new values (${body.length} bytes): send the first ${cut} bytes chunked to POST /api/ingest?${query}, then close the socket`,
          () => cutOff(fuzz, query, body, cut),
        );
      }
      // Over the cap (lowered for the test through its environment variable), declared or streamed.
      const saved = process.env.SCAMGRAPH_UPLOAD_MAX_BYTES;
      process.env.SCAMGRAPH_UPLOAD_MAX_BYTES = String(OVER_CAP_TEST_BYTES);
      try {
        for (const format of FORMATS) {
          const body = bigBody(format, `cap${i}`, 12_000);
          const query = `format=${format}&source=fuzz%20overcap%20${i}`;
          for (const chunked of [false, true]) {
            await fuzz.runCase(
              name,
              i++,
              () =>
                `SCAMGRAPH_UPLOAD_MAX_BYTES=${OVER_CAP_TEST_BYTES}; POST ${body.length} bytes of new ${format} values${chunked ? ' chunked' : ''} to /api/ingest?${query}`,
              () => overCap(fuzz, query, body, chunked),
            );
          }
        }
      } finally {
        if (saved === undefined) delete process.env.SCAMGRAPH_UPLOAD_MAX_BYTES;
        else process.env.SCAMGRAPH_UPLOAD_MAX_BYTES = saved;
      }
      expectNoFailures(fuzz, name);
    },
    TEST_MS,
  );
}
