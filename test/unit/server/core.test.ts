// Unit tests of the server's pure pieces: ids, Cypher templates, search text, limits, error formatting.
import { describe, expect, it } from 'vitest';
import { cypherWith, splitStatements } from '../../../server/db/cypher.js';
import { entityId, labelOfId, NODE_LABELS } from '../../../server/model.js';
import { fulltextQuery, labelFor } from '../../../server/modules/entities/entities-service.js';
import { kindOf, labelOf } from '../../../server/modules/common/kinds.js';
import { requireInt, requireText } from '../../../server/modules/common/limits.js';
import { formatError } from '../../../server/http/apollo.js';
import { BadInputError, ScamgraphError } from '../../../server/errors.js';
import { batchLoader } from '../../../server/batch-loader.js';
import { toParams } from '../../../server/db/executor.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ScamgraphError ? error.code : 'UNTYPED';
  }
  return undefined;
}

describe('entity ids', () => {
  it('round-trips every label through its id prefix', () => {
    for (const label of NODE_LABELS) expect(labelOfId(entityId(label, 'k:ey'))).toBe(label);
  });
  it('rejects malformed ids with BAD_USER_INPUT', () => {
    for (const id of ['', 'nocolon', ':x', 'planet:mars', 'domain:', 'x'.repeat(3000)]) {
      expect(
        codeOf(() => labelFor(id)),
        id.slice(0, 20),
      ).toBe('BAD_USER_INPUT');
    }
    expect(labelFor('wallet:tron:TXYZ')).toBe('Wallet');
  });
});

describe('Cypher templates', () => {
  it('splits schema files into statements without comments', () => {
    expect(splitStatements('// c\nCREATE A;\n\n// d\nCREATE B;\n')).toEqual([
      'CREATE A',
      'CREATE B',
    ]);
  });
  it('splices labels and refuses anything that is not a plain identifier', () => {
    expect(cypherWith('entities/get-by-id', { label: 'Domain' })).toContain(
      'MATCH (n:Domain {id: $id})',
    );
    expect(() => cypherWith('entities/get-by-id', { label: 'Domain) DETACH DELETE (n' })).toThrow(
      /Refusing/,
    );
    expect(() => cypherWith('entities/get-by-id', {})).toThrow(/Refusing/);
  });
  it('sends top-level integers as Neo4j integers and leaves the rest alone', () => {
    const p = toParams({ limit: 3, ratio: 0.5, rows: [{ n: 1 }], s: 'x' });
    expect(String(p.limit)).toBe('3');
    expect(typeof p.limit).toBe('object');
    expect(p.ratio).toBe(0.5);
    expect(p.rows).toEqual([{ n: 1 }]);
  });
});

describe('full-text query building', () => {
  it('turns free text into required prefix terms with no Lucene syntax', () => {
    expect(fulltextQuery('Gold-Trade.example')).toBe('gold* AND trade* AND example*');
    expect(fulltextQuery('a:b AND (c OR ~d^2) \\ "')).toBe(
      'a* AND b* AND and* AND c* AND or* AND d* AND 2*',
    );
    expect(fulltextQuery('!!! ***')).toBeNull();
    expect(fulltextQuery('金木棉 Park')).toBe('金木棉* AND park*');
  });
});

describe('kinds', () => {
  it('maps every label to a GraphQL kind and back', () => {
    for (const label of NODE_LABELS) expect(labelOf(kindOf(label))).toBe(label);
    expect(kindOf('IpAddress')).toBe('IP_ADDRESS');
    expect(kindOf('VictimReport')).toBe('VICTIM_REPORT');
  });
});

describe('limits', () => {
  it('names the field and the reason', () => {
    try {
      requireInt('depth', 50, { min: 1, max: 3 });
    } catch (error) {
      expect(error).toBeInstanceOf(BadInputError);
      expect((error as BadInputError).details).toMatchObject({
        field: 'depth',
        reason: 'OUT_OF_RANGE',
      });
    }
    expect(codeOf(() => requireText('value', ' ', 10))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireText('value', 'x'.repeat(11), 10))).toBe('BAD_USER_INPUT');
    expect(requireText('value', '  ok ', 10)).toBe('ok');
  });
});

describe('GraphQL error formatting', () => {
  it('keeps our codes and details, drops stack traces and hides internal errors', () => {
    const bad = formatError(
      { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { originalError: new BadInputError('depth is wrong', { field: 'depth' }) },
    );
    expect(bad).toMatchObject({
      message: 'depth is wrong',
      extensions: { code: 'BAD_USER_INPUT', field: 'depth' },
    });
    const internal = formatError(
      {
        message: 'secret detail',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new Error('secret detail'),
    );
    expect(internal.message).not.toContain('secret');
    expect(internal.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const literal = formatError(
      {
        message: 'Int cannot represent non 32-bit signed integer value: 1e11',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      {},
    );
    expect(literal.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

describe('batch loader', () => {
  it('loads keys asked for in the same tick with one call, and caches them', async () => {
    const calls: string[][] = [];
    const load = batchLoader(async (keys: string[]) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    });
    const values = await Promise.all([load('a'), load('b'), load('a'), load('missing')]);
    expect(values).toEqual(['A', 'B', 'A', null]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
    expect(await load('b')).toBe('B');
    expect(calls).toHaveLength(1);
  });
});
