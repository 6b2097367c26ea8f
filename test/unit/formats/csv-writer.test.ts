// CSV cells: RFC 4180 quoting and spreadsheet formula injection neutralised, E.164 numbers kept exact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvRow, looksLikeFormula } from '../../../server/formats/csv/csv-cell.js';
import { CSV_COLUMNS, csvRecord } from '../../../server/formats/csv/csv-writer.js';

/** A minimal RFC 4180 parser for one record, to check what a reader gets back. */
function parseRecord(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i += 1;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (line[i] === '"') {
          i += 1;
          break;
        } else cell += line[i++];
      }
    } else while (i < line.length && line[i] !== ',' && line[i] !== '\r') cell += line[i++];
    cells.push(cell);
    if (line[i] === ',') i += 1;
    else return cells;
  }
}

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of [
      '=1+1',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '+1+cmd|x',
      '-2+3',
      '+A1',
      '-',
      '=HYPERLINK("x")',
      ' =1+1',
      '  @SUM(A1)',
      '\n=cmd|x',
      '\u00A0+A1',
      ' -2+3',
      '\uFF1D1+1',
    ]) {
      expect(looksLikeFormula(bad), bad).toBe(true);
      expect(csvCell(bad).replace(/^"/, '').startsWith("'"), bad).toBe(true);
    }
  });

  it('keeps E.164 numbers and other plain numbers exact', () => {
    for (const ok of [
      '+447700900123',
      '+85512345678',
      '-12.5',
      '42',
      '1e5',
      'example.test',
      'tron:TXyz',
      ' 42',
      'a=b',
      'x-y@z',
    ]) {
      expect(csvCell(ok), ok).toBe(ok);
    }
    expect(csvRow([-3, 1.5, true, null, undefined])).toBe('-3,1.5,true,,\r\n');
  });

  it('never writes a cell a spreadsheet reads as a formula (fast-check, OWASP triggers after any whitespace)', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B');
    const space = fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u3000');
    const risky = fc
      .tuple(fc.array(space, { maxLength: 3 }), trigger, fc.string())
      .map(([ws, t, rest]) => ws.join('') + t + rest);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(risky, fc.string()), { minLength: 1, maxLength: 6 }),
        (cells) => {
          for (const cell of parseRecord(csvRow(cells))) {
            const shown = cell.replace(/^\s+/, '');
            const first = shown[0];
            const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(shown);
            if (cell[0] === "'") continue;
            expect(cell[0] === '\t' || cell[0] === '\r', JSON.stringify(cell)).toBe(false);
            if (first !== undefined && !numeric)
              expect('=+-@\uFF1D\uFF0B\uFF0D\uFF20'.includes(first), JSON.stringify(cell)).toBe(
                false,
              );
          }
        },
      ),
    );
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and round-trips any text', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvRow(['a', 'b\nc'])).toBe('a,"b\nc"\r\n');
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const back = parseRecord(csvRow(cells));
        return back.every(
          (c, i) => c === (looksLikeFormula(cells[i]!) ? `'${cells[i]}` : cells[i]),
        );
      }),
    );
  });

  it('writes the stable columns in order', () => {
    expect(CSV_COLUMNS).toEqual([
      'kind',
      'value',
      'display',
      'tlp',
      'confidence',
      'first_seen',
      'last_seen',
      'sources',
      'cluster',
    ]);
    const row = csvRecord({
      id: 'phone:+447700900123',
      label: 'Phone',
      value: '+447700900123',
      display: '+44 7700 900123',
      tlp: 'GREEN',
      confidence: 80,
      firstSeen: '2024-01-01T00:00:00Z',
      lastSeen: '2024-02-01T00:00:00Z',
      sources: ['source:a', 'source:b'],
      props: {},
      cluster: 'compound:x-kh',
    });
    expect(row).toBe(
      "phone,+447700900123,'+44 7700 900123,GREEN,80,2024-01-01T00:00:00Z,2024-02-01T00:00:00Z,source:a;source:b,compound:x-kh\r\n",
    );
  });
});
