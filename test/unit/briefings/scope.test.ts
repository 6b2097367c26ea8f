// The one parser of briefing requests: scope, format, maximum TLP, with typed reasons.
import { describe, expect, it } from 'vitest';
import {
  parseBriefingRequest,
  briefingFileName,
} from '../../../server/modules/briefings/briefing-scope.js';
import { BadInputError } from '../../../server/errors.js';

const reason = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(BadInputError);
    return (e as BadInputError).details;
  }
  throw new Error('no error');
};

describe('parseBriefingRequest', () => {
  it('reads each scope', () => {
    expect(parseBriefingRequest({ cluster: 'cl-abc', format: 'pdf' }).scope).toEqual({
      kind: 'cluster',
      cluster: 'cl-abc',
    });
    expect(parseBriefingRequest({ country: 'mm', format: 'md', maxTlp: 'clear' })).toEqual({
      scope: { kind: 'country', country: 'MM' },
      format: 'md',
      maxTlp: 'CLEAR',
    });
    expect(parseBriefingRequest({ all: '1', maxTlp: 'TLP:AMBER+STRICT' })).toEqual({
      scope: { kind: 'all' },
      format: 'html',
      maxTlp: 'AMBER_STRICT',
    });
  });

  it('refuses bad input with a field and a reason code', () => {
    expect(reason(() => parseBriefingRequest({}))).toMatchObject({
      field: 'scope',
      reason: 'NO_SCOPE',
    });
    expect(reason(() => parseBriefingRequest({ all: true, country: 'MM' }))).toMatchObject({
      reason: 'TOO_MANY_SCOPES',
    });
    expect(reason(() => parseBriefingRequest({ country: 'Myanmar' }))).toMatchObject({
      field: 'country',
      reason: 'BAD_COUNTRY',
    });
    expect(reason(() => parseBriefingRequest({ all: true, format: 'docx' }))).toMatchObject({
      field: 'format',
      reason: 'UNKNOWN_FORMAT',
    });
    expect(reason(() => parseBriefingRequest({ all: true, maxTlp: 'WHITE' }))).toMatchObject({
      field: 'maxTlp',
      reason: 'UNKNOWN_TLP',
    });
    expect(reason(() => parseBriefingRequest({ cluster: 'cl-a b"<' }))).toMatchObject({
      field: 'cluster',
      reason: 'BAD_ID',
    });
  });

  it('names files by scope and TLP', () => {
    expect(briefingFileName({ kind: 'country', country: 'MM' }, 'CLEAR', 'md')).toBe(
      'briefing-MM-clear.md',
    );
  });
});
