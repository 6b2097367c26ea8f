// Property-based tests: normalizers never throw, keys are fixed points, kinds do not overlap.
import { bech32, bech32m, createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, normalize } from '../../../server/indicators/index.js';
import type { IndicatorKind, NormalizeOptions } from '../../../server/indicators/index.js';

const KINDS: IndicatorKind[] = [
  'domain',
  'url',
  'app',
  'wallet',
  'phone',
  'account',
  'email',
  'ip',
  'compound',
];
const b58check = createBase58check(sha256);

const SEEDS = [
  'example[.]com',
  'hxxps://evil[.]com/a?utm_source=x#f',
  'bücher.de',
  'xn--bcher-kva.de.',
  '192.0.2.1',
  '[::1]',
  't.me/scam_support',
  'wa.me/85512345678',
  '+66 81 234 5678',
  'tel:+44 7700 900123',
  '@handle',
  'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  '0xdAC17F958D2ee523a2206206994597C13D831ec7',
  'bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
  'com.example.app',
  'ios:123',
  'https://play.google.com/store/apps/details?id=com.x.y',
  'a@b.co',
  'KK Park, MM',
  'line.me/ti/p/~x',
  'ethereum:0x@1/transfer?address=',
  'market://details?id=',
  'mailto:',
  'whatsapp://send?phone=',
];

/** Arbitrary strings, biased towards near-miss indicators: seeds with random text spliced in. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u001f',
      '\u007f',
      '\u200b',
      '\ufeff',
      '\u00a0',
      '\n',
      '[.]',
      '[@]',
      ':',
      '/',
      '.',
      '@',
      '+',
      '%',
    ),
  }),
  fc
    .tuple(fc.constantFrom(...SEEDS), fc.nat(60), fc.string({ unit: 'binary', maxLength: 6 }))
    .map(
      ([seed, at, insert]) =>
        seed.slice(0, at % (seed.length + 1)) + insert + seed.slice(at % (seed.length + 1)),
    ),
);
const anyOpts: fc.Arbitrary<NormalizeOptions | undefined> = fc.option(
  fc.record(
    {
      defaultRegion: fc.constantFrom('TH', 'KH', 'PH', 'MM', 'zz', '', 'United States'),
      platform: fc.constantFrom('telegram', 'line', 'whatsapp', 'nope'),
      asset: fc.constantFrom('USDT-TRC20', 'usdt_erc20', 'SOL', 'LTC', '???'),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('never throws', () => {
  it('normalize() and detect() return a typed result for arbitrary input', () => {
    fc.assert(
      fc.property(anyText, anyOpts, (value, opts) => {
        for (const kind of KINDS) {
          const r = normalize(value, kind, opts);
          if (!r.ok) expect(typeof r.message).toBe('string');
        }
        const d = detect(value, opts);
        expect(typeof d.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('rejects huge input with TOO_LONG, quickly', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 2049, maxLength: 2300, unit: 'binary-ascii' }),
        (value) => {
          for (const kind of KINDS) {
            const r = normalize(value, kind);
            expect(r.ok ? 'ok' : r.reason).toBe('TOO_LONG');
          }
          const d = detect(value);
          expect(d.ok ? 'ok' : d.reason).toBe('TOO_LONG');
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('keys are fixed points', () => {
  it('normalizing an accepted key gives the same key, for every kind and arbitrary input', () => {
    fc.assert(
      fc.property(anyText, anyOpts, (value, opts) => {
        for (const kind of KINDS) {
          const first = normalize(value, kind, opts);
          if (!first.ok) continue;
          // Kinds url and domain can give what a link names (an account, app, phone, e-mail, URL): check
          // the key as the kind it came out as.
          const again = normalize(first.indicator.key, first.indicator.kind);
          expect(again.ok && again.indicator.key).toBe(first.indicator.key);
        }
      }),
      { numRuns: 400 },
    );
  });
});

// Generators of valid indicators of each kind.
const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
// Names end in a public suffix (or a reserved test name): `a.ah` is not a domain (issue #11 point 6).
const KNOWN_TLDS = ['com', 'net', 'org', 'de', 'co.uk', 'xn--p1ai', 'example', 'test'];
// and no label has "--" in 3rd-4th place (reserved for IDNA by RFC 5891: `aa--a.com` is no hostname).
const withKnownTld = (host: string, i: number) =>
  host
    .replace(/(^|\.)([^.]{2})--/g, '$1$2a')
    // `com.x.y` reads as an app id (reverse-DNS order), not a domain.
    .replace(/^(com|org|net|edu|gov|mil)\./i, 'x$1.')
    .replace(/\.[^.]+$/, `.${KNOWN_TLDS[i % KNOWN_TLDS.length]}`);
const domains = fc.tuple(fc.domain(), fc.nat()).map(([d, i]) => withKnownTld(d, i));
const urls = fc
  .tuple(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.nat())
  .map(([u, i]) => {
    const url = new URL(u);
    url.hostname = withKnownTld(url.hostname, i);
    return url.href;
  });
const emails = fc
  .tuple(fc.emailAddress(), fc.nat())
  .map(([e, i]) => e.replace(/@(.*)$/, (_, d: string) => `@${withKnownTld(d, i)}`));
const ips = fc.oneof(fc.ipV4(), fc.ipV6());
const phones = fc.oneof(
  fc.stringMatching(/^\+668[0-9]{8}$/),
  fc.stringMatching(/^\+85512[0-9]{6}$/),
  fc.stringMatching(/^\+639[0-9]{9}$/),
  fc.stringMatching(/^\+447[0-9]{9}$/),
  fc.stringMatching(/^\+1[2-9][0-9]{2}[2-9][0-9]{6}$/),
);
const wallets = fc.oneof(
  bytes(20).map((b) => `0x${bytesToHex(b)}`),
  bytes(20).map((b) => b58check.encode(Uint8Array.from([0x41, ...b]))),
  bytes(20).map((b) => b58check.encode(Uint8Array.from([0x00, ...b]))),
  bytes(20).map((b) => b58check.encode(Uint8Array.from([0x05, ...b]))),
  bytes(20).map((b) => bech32.encode('bc', [0, ...bech32.toWords(b)])),
  bytes(32).map((b) => bech32m.encode('bc', [1, ...bech32m.toWords(b)])),
);
const packages = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}(\.[a-zA-Z][a-zA-Z0-9_]{0,10}){1,3}$/);
const handles = fc.stringMatching(/^[a-z][a-z0-9_]{4,20}$/).map((h) => `telegram:${h}`);

const GENERATED: [IndicatorKind, fc.Arbitrary<string>][] = [
  ['domain', domains],
  ['url', urls],
  ['email', emails],
  ['ip', ips],
  ['phone', phones],
  ['wallet', wallets],
  ['app', packages],
  ['account', handles],
];

describe('generated indicators', () => {
  it.each(GENERATED)('accepts generated %s values and their keys are fixed points', (kind, arb) => {
    fc.assert(
      fc.property(arb, (value) => {
        const r = normalize(value, kind);
        // A generated name can be a shared platform's (`7u.org` is a dynamic DNS domain): skipped, not rejected.
        if (!r.ok && r.skip?.startsWith('platform:')) return;
        if (!r.ok) expect.fail(`${kind} ${JSON.stringify(value)} rejected: ${r.message}`);
        const again = normalize(r.indicator.key, kind);
        expect(again.ok && again.indicator.key).toBe(r.indicator.key);
      }),
      { numRuns: 200 },
    );
  });

  it.each(GENERATED.filter(([kind]) => kind !== 'app' && kind !== 'url'))(
    'detect() recognises generated %s keys as that kind',
    (kind, arb) => {
      fc.assert(
        fc.property(arb, (value) => {
          const key = normalize(value, kind);
          if (!key.ok) return;
          const found = detect(key.indicator.key);
          expect(found.ok && `${found.indicator.kind} ${found.indicator.key}`).toBe(
            `${kind} ${key.indicator.key}`,
          );
        }),
        { numRuns: 200 },
      );
    },
  );

  /** Kinds a key of one kind must never be accepted as (domain/app overlap by design). */
  const INCOMPATIBLE: Record<string, IndicatorKind[]> = {
    domain: ['phone', 'wallet', 'ip', 'email', 'url', 'account'],
    // A URL given as kind domain is read as that URL (a domain with a path keeps its host), so not 'domain'.
    url: ['phone', 'wallet', 'ip', 'email', 'app'],
    email: ['domain', 'url', 'phone', 'wallet', 'ip', 'app', 'account'],
    ip: ['domain', 'url', 'phone', 'wallet', 'email', 'app', 'account'],
    phone: ['domain', 'url', 'wallet', 'ip', 'email', 'app'],
    wallet: ['domain', 'url', 'phone', 'ip', 'email', 'app', 'account'],
    account: ['domain', 'url', 'phone', 'wallet', 'ip', 'email', 'app'],
  };

  it.each(GENERATED.filter(([kind]) => kind in INCOMPATIBLE))(
    'a generated %s key is never accepted as an incompatible kind',
    (kind, arb) => {
      fc.assert(
        fc.property(arb, (value) => {
          const r = normalize(value, kind);
          if (!r.ok) return;
          for (const other of INCOMPATIBLE[kind] ?? []) {
            const cross = normalize(r.indicator.key, other, {
              defaultRegion: 'TH',
              platform: 'telegram',
            });
            if (cross.ok)
              expect.fail(
                `${kind} key ${r.indicator.key} was accepted as ${other} ${cross.indicator.key}`,
              );
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
