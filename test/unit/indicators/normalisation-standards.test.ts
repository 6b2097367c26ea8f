// Normalisation that standards accept (issue #11 point 6): IDNA2008 hostnames (what the STIX validator's
// idn-hostname format accepts), `_` labels kept, RFC 3986 URL keys, schemeless URLs, mailto:, public suffixes.
import { describe, expect, it } from 'vitest';
import { detect, normalize } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

/** RFC 3986 URI (scheme ":" hier-part [ "?" query ]): the characters each part may hold. */
const RFC3986_URI =
  /^[a-z][a-z0-9+.-]*:\/\/(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@?[a-z0-9\-._~%!$&'()*+,;=[\]:]*(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

describe('host names with "_" labels are kept', () => {
  it('a URL keeps its host; it implies the nearest parent that is a hostname', () => {
    const url = accepted(normalize('https://my_site.trade-now.example/login', 'url'));
    expect(url.key).toBe('https://my_site.trade-now.example/login');
    expect(url.facts.host).toBe('my_site.trade-now.example');
    expect(url.implied?.[0]?.indicator.key).toBe('trade-now.example');
    const deep = accepted(normalize('http://_a.b.trade-now.example/x', 'url'));
    expect(deep.implied?.[0]?.indicator.key).toBe('b.trade-now.example');
  });

  it('a domain stands under its parent hostname, with a warning that names the label', () => {
    const d = accepted(normalize('my_site.trade-now.example', 'domain'));
    expect(d.key).toBe('trade-now.example');
    expect(d.warnings?.[0]?.reason).toBe('NOT_A_HOSTNAME');
    expect(d.warnings?.[0]?.message).toContain('my_site');
    expect(accepted(detect('my_site.trade-now.example')).key).toBe('trade-now.example');
  });

  it('a registered name itself cannot hold "_" (registries forbid it)', () => {
    expect(rejected(normalize('bad_host.example', 'domain'))).toBe('INVALID_DOMAIN');
    expect(rejected(normalize('https://bad_host.example/', 'url'))).toBe('INVALID_URL');
    expect(rejected(normalize('agent@my_site.trade-now.example', 'email'))).toBe('INVALID_EMAIL');
  });
});

describe('IDNA2008 with UTS #46 preprocessing (the STIX validator’s idn-hostname rules)', () => {
  // Verdicts checked against the OASIS stix2-validator's check (Python `idna.encode`).
  it.each([
    ['bücher.de', 'xn--bcher-kva.de'],
    ['faß.de', 'xn--fa-hia.de'],
    ['ＥＸＡＭＰＬＥ.com', 'example.com'],
    ['example。com', 'example.com'],
    ['ⓔxample.com', 'example.com'],
    ['мой-сайт.рф', 'xn----8sbzclmxk.xn--p1ai'],
    ['مثال.مصر', 'xn--mgbh0fb.xn--wgbh1c'],
    ['gооgle.com', 'xn--ggle-55da.com'],
  ])('%s → %s', (input, key) => {
    expect(accepted(normalize(input, 'domain')).key).toBe(key);
  });

  it.each([
    // Symbols and emoji: WHATWG URL (Node's domainToASCII) accepts them, IDNA2008 does not.
    '💩.la',
    'xn--ls8h.la',
    'i❤.ws',
    '≠.com',
    '⑴.com',
    // CONTEXTJ, bidi, hyphens, bad punycode.
    'a\u200db.com',
    '١٢٣.com',
    'a-.com',
    'xn--zz.com',
  ])('rejects %s', (input) => {
    expect(rejected(normalize(input, 'domain'))).toBe('INVALID_DOMAIN');
  });

  it('keeps "--" in 3rd-4th place only below the registered name, like "_"', () => {
    const d = accepted(normalize('r3---sn-abc.trade-now.example', 'domain'));
    expect(d.key).toBe('trade-now.example');
    expect(d.warnings?.[0]?.reason).toBe('NOT_A_HOSTNAME');
  });
});

describe('URL keys are RFC 3986 URIs', () => {
  it.each([
    ['https://trade-now.example/a b', 'https://trade-now.example/a%20b'],
    ['https://trade-now.example/ü?q=ä', 'https://trade-now.example/%C3%BC?q=%C3%A4'],
    ['https://trade-now.example/a|b', 'https://trade-now.example/a%7Cb'],
    ['https://trade-now.example/x?q={id}', 'https://trade-now.example/x?q=%7Bid%7D'],
    ['https://trade-now.example/100%', 'https://trade-now.example/100%25'],
    ['https://trade-now.example/a^b`c', 'https://trade-now.example/a%5Eb%60c'],
    ['https://trade-now.example/ok%20already', 'https://trade-now.example/ok%20already'],
    ['https://trade-now.example/[x]', 'https://trade-now.example/%5Bx%5D'],
  ])('%s → %s', (input, key) => {
    const url = accepted(normalize(input, 'url'));
    expect(url.key).toBe(key);
    expect(url.key).toMatch(RFC3986_URI);
    // A key is a fixed point.
    expect(accepted(normalize(url.key, 'url')).key).toBe(url.key);
  });
});

describe('schemeless URLs and domains with a path keep their host', () => {
  it('a URL without a scheme is read as https', () => {
    const url = accepted(normalize('trade-now.example/login?ref=AGENT7', 'url'));
    expect(url.key).toBe('https://trade-now.example/login?ref=AGENT7');
    expect(url.implied?.[0]?.indicator.key).toBe('trade-now.example');
    expect(accepted(detect('www.trade-now.example/login')).key).toBe(
      'https://www.trade-now.example/login',
    );
  });

  it('a bare host is not a URL: it is a domain', () => {
    expect(rejected(normalize('trade-now.example', 'url'))).toBe('INVALID_URL');
  });

  it.each([
    ['trade-now.example/login', 'url', 'https://trade-now.example/login'],
    ['https://trade-now.example/', 'url', 'https://trade-now.example/'],
    ['hxxp://trade-now[.]example/pay', 'url', 'http://trade-now.example/pay'],
    ['t.me/scam_support', 'account', 'telegram:scam_support'],
  ])('kind domain %s → %s %s (the URL implies the domain)', (input, kind, key) => {
    const ind = accepted(normalize(input, 'domain'));
    expect([ind.kind, ind.key]).toEqual([kind, key]);
    if (kind === 'url') expect(ind.implied?.[0]?.indicator.key).toBe('trade-now.example');
  });
});

describe('mailto:', () => {
  it.each(['mailto:Agent@Trade-Now.example?subject=hi', 'MAILTO:agent@trade-now.example'])(
    '%s is an e-mail as detected, as kind email and as kind url',
    (input) => {
      for (const r of [detect(input), normalize(input, 'email'), normalize(input, 'url')]) {
        const ind = accepted(r);
        expect([ind.kind, ind.key]).toEqual(['email', 'agent@trade-now.example']);
      }
    },
  );
});

describe('names that do not end in a public suffix are not domains', () => {
  it.each(['setup.exe', 'invoice.pdf', 'payload.scr', 'Update.APK', 'photo.jpg'])(
    '%s is skipped as a file name',
    (input) => {
      for (const r of [normalize(input, 'domain'), detect(input)]) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.skip).toBe('file-name');
      }
    },
  );

  it('an unknown top-level domain is rejected', () => {
    expect(rejected(normalize('trade-now.cmo', 'domain'))).toBe('INVALID_DOMAIN');
    expect(rejected(normalize('https://trade-now.cmo/x', 'url'))).toBe('INVALID_URL');
    expect(rejected(normalize('agent@trade-now.cmo', 'email'))).toBe('INVALID_EMAIL');
  });

  it('a public suffix itself is no domain', () => {
    expect(rejected(normalize('co.uk', 'domain'))).toBe('INVALID_DOMAIN');
  });

  it.each(['trade-now.example', 'a.test', 'b.invalid', 'shop.onion', 'x.xn--p1ai', 'files.zip'])(
    '%s (reserved, special-use or real TLD) is a domain',
    (input) => {
      expect(accepted(normalize(input, 'domain')).kind).toBe('domain');
    },
  );

  it.each([
    ['com.example.app', 'com.example.app'],
    ['com.fake.trade', 'com.fake.trade'],
    ['org.scam.wallet', 'org.scam.wallet'],
    ['com.whatsapp', 'com.whatsapp'],
  ])('%s is an app id (as detected and as kind domain)', (input, key) => {
    for (const r of [detect(input), normalize(input, 'domain')]) {
      const ind = accepted(r);
      expect([ind.kind, ind.key]).toEqual(['app', key]);
    }
  });

  it('a two-label name that ends in a public suffix stays a domain', () => {
    expect(accepted(normalize('org.com', 'domain')).kind).toBe('domain');
  });

  it('a host that starts with com. is still a host inside a URL', () => {
    const url = accepted(normalize('https://com.trade-now.example/x', 'url'));
    expect(url.implied?.[0]?.indicator.key).toBe('com.trade-now.example');
  });
});
