// The CLI's rejects file: a rejected value is the input as given, so a formula in it must not run when the
// file is opened in a spreadsheet.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RejectFile, rejectLine } from '../../../server/modules/ingest/reject-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-rejects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('RejectFile', () => {
  it('writes formula values neutralised, quoted as RFC 4180 needs, with the header once', async () => {
    const file = new RejectFile(path.join(dir, 'in.csv.rejects.csv'));
    file.add({
      file: 'in.csv',
      line: 2,
      field: 'domain',
      value: '=HYPERLINK("https://evil.example","click")',
      reason: 'INVALID_DOMAIN',
      message: 'not a domain',
    });
    file.add({
      file: '@in.csv',
      line: 3,
      field: 'phone',
      value: ' +1+cmd|/C calc',
      reason: 'INVALID_PHONE',
      message: '-bad, really',
    });
    await file.close();
    expect(readFileSync(file.path, 'utf8')).toBe(
      'file,line,field,value,reason,message\r\n' +
        `in.csv,2,domain,"'=HYPERLINK(""https://evil.example"",""click"")",INVALID_DOMAIN,not a domain\r\n` +
        `'@in.csv,3,phone,' +1+cmd|/C calc,INVALID_PHONE,"'-bad, really"\r\n`,
    );
    expect(file.count).toBe(2);
  });

  it('keeps ordinary values and E.164 numbers exact', () => {
    expect(
      rejectLine({
        file: 'x.csv',
        line: 7,
        field: 'phone',
        value: '+447700900123',
        reason: 'MISSING_REGION',
        message: 'm',
      }),
    ).toBe('x.csv,7,phone,+447700900123,MISSING_REGION,m\r\n');
  });
});
