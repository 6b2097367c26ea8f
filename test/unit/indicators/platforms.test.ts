// Shared platforms (issue #11 point 5): vendored MISP warninglists and the public suffix list's private
// section decide which hosts are platforms, which sub-domains are their own owners, and what is skipped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, normalize } from '../../../server/indicators/index.js';
import { ownerDomain, sharedPlatform } from '../../../server/indicators/platforms.js';
import { rowRecords } from '../../../server/modules/ingest/row-records.js';
import type { IngestRow } from '../../../server/formats/reader-types.js';
import { accepted } from './helpers.js';

const DATA = new URL('../../../server/indicators/data/', import.meta.url);

describe('vendored lists', () => {
  it('carry their licence and the package version they came from', () => {
    const license = readFileSync(new URL('warninglists/LICENSE', DATA), 'utf8');
    expect(license).toContain('CC0 1.0');
    expect(license).toContain('BSD 3-Clause');
    const version = JSON.parse(
      readFileSync(new URL('warninglists/VERSION.json', DATA), 'utf8'),
    ) as {
      package: string;
      version: string;
      lists: Record<string, number>;
    };
    expect(version.package).toBe('pymispwarninglists');
    expect(Object.keys(version.lists)).toEqual(
      expect.arrayContaining(['url-shortener', 'lots-project', 'google', 'dynamic-dns']),
    );
  });
});

describe('sharedPlatform(host)', () => {
  it.each([
    ['bit.ly', 'url-shortener'],
    ['tinyurl.com', 'url-shortener'],
    ['linktr.ee', 'link-in-bio'],
    ['docs.google.com', 'lots-project'],
    ['google.com', 'google'],
    ['www.google.com', 'google'],
    ['play.google.com', 'messaging-social-store'],
    ['t.me', 'messaging-social-store'],
    ['telegram.org', 'messaging-social-store'],
    ['wa.me', 'messaging-social-store'],
    ['api.whatsapp.com', 'messaging-social-store'],
    ['apps.apple.com', 'messaging-social-store'],
    ['www.facebook.com', 'messaging-social-store'],
    ['evil.sharepoint.com', 'microsoft'],
    ['raw.githubusercontent.com', 'lots-project'],
    ['dropbox.com', 'lots-project'],
    ['github.io', 'lots-project'],
    ['netlify.app', 'lots-project'],
    ['duckdns.org', 'lots-project'],
    ['blogspot.com', 'google'],
    // Private suffixes and dynamic DNS names no platform list names.
    ['vercel.app', 'psl-private'],
    ['myftp.biz', 'dynamic-dns'],
    // A FreeDNS shared domain the public suffix list does not carry.
    ['aacdns.net', 'dynamic-dns'],
  ])('%s is a platform (%s)', (host, list) => {
    expect(sharedPlatform(host)).toEqual({ list });
  });

  it.each([
    'scam.github.io',
    'a.b.scam.github.io',
    'scam.netlify.app',
    'scam.web.app',
    'foo.blogspot.com',
    'scam.duckdns.org',
    'scam.myftp.biz',
    'scam.vercel.app',
    'trade-now.example',
    'login.trade-now.example',
    'google.com.scam.example',
    'bit.ly.scam.example',
  ])('%s is somebody’s own', (host) => {
    expect(sharedPlatform(host)).toBeUndefined();
  });

  it('names the owner below private suffixes and dynamic DNS names', () => {
    expect(ownerDomain('shop.scam.github.io')).toBe('scam.github.io');
    expect(ownerDomain('scam.myftp.biz')).toBe('scam.myftp.biz');
    expect(ownerDomain('x.scam.aacdns.net')).toBe('scam.aacdns.net');
    expect(ownerDomain('a.b.trade-now.example')).toBe('trade-now.example');
    expect(ownerDomain('login.example.co.uk')).toBe('example.co.uk');
    expect(ownerDomain('github.io')).toBeUndefined();
  });

  it('is a fast lookup', () => {
    const start = performance.now();
    for (let i = 0; i < 20_000; i++) sharedPlatform(`host${i}.scam-${i % 50}.example`);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('URLs on platforms (a)', () => {
  it.each([
    ['https://docs.google.com/forms/d/e/1FAIpQLScam/viewform', 'lots-project'],
    ['https://bit.ly/3xScam', 'url-shortener'],
    ['https://t.me/joinchat/AAAAAEHbbbb', 'messaging-social-store'],
    ['https://www.dropbox.com/s/abc/invoice.pdf', 'lots-project'],
    ['https://evil.sharepoint.com/:b:/g/doc', 'microsoft'],
  ])('%s keeps platform %s and implies no Domain', (input, list) => {
    const url = accepted(normalize(input, 'url'));
    expect(url.kind).toBe('url');
    expect(url.facts.platform).toBe(list);
    expect(url.facts.domain).toBeUndefined();
    expect(url.implied).toBeUndefined();
  });

  it('a URL on a private-suffix host implies the owner’s sub-domain, never the platform', () => {
    const url = accepted(normalize('https://shop.scam.github.io/pay', 'url'));
    expect(url.facts.platform).toBeUndefined();
    expect(url.implied?.[0]?.indicator.key).toBe('shop.scam.github.io');
    expect(url.implied?.[0]?.indicator.facts.registrable).toBe('scam.github.io');
    const dyn = accepted(normalize('http://wallet-fix.duckdns.org/x', 'url'));
    expect(dyn.implied?.[0]?.indicator.key).toBe('wallet-fix.duckdns.org');
    expect(dyn.implied?.[0]?.indicator.facts.registrable).toBe('wallet-fix.duckdns.org');
  });

  it('detect() reads platform links the same way', () => {
    const url = accepted(detect('hxxps://docs[.]google[.]com/document/d/xyz'));
    expect(url.facts.platform).toBe('lots-project');
    expect(url.implied).toBeUndefined();
  });
});

describe('a platform given as a domain is skipped (b)', () => {
  it.each([
    ['google.com', 'platform:google'],
    ['t.me', 'platform:messaging-social-store'],
    ['bit.ly', 'platform:url-shortener'],
    ['play.google.com', 'platform:messaging-social-store'],
    ['telegram.org', 'platform:messaging-social-store'],
    ['docs.google.com', 'platform:lots-project'],
    ['github.io', 'platform:lots-project'],
    ['vercel.app', 'platform:psl-private'],
  ])('%s → skip %s', (input, skip) => {
    for (const r of [normalize(input, 'domain'), detect(input)]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.skip).toBe(skip);
    }
  });

  it('a scam’s own sub-domain of a platform suffix is kept', () => {
    expect(accepted(normalize('scam.github.io', 'domain')).key).toBe('scam.github.io');
    expect(accepted(normalize('scam.vercel.app', 'domain')).key).toBe('scam.vercel.app');
  });

  it('e-mail addresses at platform providers are kept (the mailbox is the indicator)', () => {
    expect(accepted(normalize('agent.7@gmail.com', 'email')).key).toBe('agent.7@gmail.com');
  });
});

describe('registrable is the owner’s domain (c)', () => {
  it.each([
    ['scam.github.io', 'scam.github.io'],
    ['cdn.scam.github.io', 'scam.github.io'],
    ['foo.blogspot.com', 'foo.blogspot.com'],
    ['scam.netlify.app', 'scam.netlify.app'],
    ['x.scam.duckdns.org', 'scam.duckdns.org'],
    ['login.trade-now.example', 'trade-now.example'],
  ])('%s → registrable %s', (input, registrable) => {
    expect(accepted(normalize(input, 'domain')).facts.registrable).toBe(registrable);
  });
});

describe('explicit kind url still detects what a link names (d)', () => {
  it.each([
    ['https://t.me/scam_support', 'account', 'telegram:scam_support'],
    ['https://www.instagram.com/fake.broker/', 'account', 'instagram:fake.broker'],
    ['https://play.google.com/store/apps/details?id=com.fake.trade', 'app', 'com.fake.trade'],
    ['https://apps.apple.com/app/id1234567890', 'app', 'ios:1234567890'],
    ['https://wa.me/447700900123', 'phone', '+447700900123'],
    ['https://api.whatsapp.com/send?phone=447700900123', 'phone', '+447700900123'],
    ['mailto:agent@trade-now.example', 'email', 'agent@trade-now.example'],
  ])('%s → %s %s', (input, kind, key) => {
    const ind = accepted(normalize(input, 'url'));
    expect([ind.kind, ind.key]).toEqual([kind, key]);
  });

  it('keeps the URL when the link names nothing valid (invite link, store page that is no app)', () => {
    const invite = accepted(normalize('https://t.me/+AbCdEf123', 'url'));
    expect(invite.kind).toBe('url');
    expect(invite.facts.platform).toBe('messaging-social-store');
    const dev = accepted(normalize('https://play.google.com/store/apps/developer?id=Fake', 'url'));
    expect(dev.kind).toBe('url');
  });
});

describe('ingest never joins two scams through a platform', () => {
  const row = (line: number, main: string, kind?: 'url' | 'domain'): IngestRow => ({
    line,
    main: { value: main, kind, field: 'value' },
    related: [],
  });
  const ids = (rows: IngestRow[]) =>
    rows.flatMap((r) =>
      rowRecords(r, 'source--test', {}, '2025-01-01T00:00:00Z').nodes.map((n) => n.id),
    );

  it('two scams on one platform share no node', () => {
    const a = ids([row(1, 'https://docs.google.com/forms/d/scam-a/viewform', 'url')]);
    const b = ids([row(2, 'https://docs.google.com/forms/d/scam-b/viewform', 'url')]);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    const c = ids([row(3, 'https://scam-a.github.io/pay')]);
    const d = ids([row(4, 'https://scam-b.github.io/pay')]);
    expect(c.filter((id) => d.includes(id))).toEqual([]);
  });

  it('a platform domain row is counted as skipped, not rejected', () => {
    const out = rowRecords(row(1, 'bit.ly', 'domain'), 'source--test', {}, '2025-01-01T00:00:00Z');
    expect(out.nodes).toEqual([]);
    expect(out.rejects).toEqual([]);
    expect(out.skips).toEqual(['platform:url-shortener']);
  });
});
