// Host and Origin allow-lists (DNS rebinding, CSRF) and the upload preflight rule, as pure functions.
import { describe, expect, it } from 'vitest';
import {
  hostAllowed,
  originAllowed,
  originPolicy,
  parseHost,
} from '../../../server/http/origin-guard.js';
import { isSimpleRequest } from '../../../server/http/upload-csrf.js';
import { loadConfig } from '../../../server/config.js';

const local = originPolicy({ host: '127.0.0.1', allowedHosts: [], allowedOrigins: [] });
const named = originPolicy({
  host: 'scamgraph.internal',
  allowedHosts: ['scamgraph.example.org', 'intel.example.net:8443'],
  allowedOrigins: ['https://partner.example.com'],
});

describe('hostAllowed', () => {
  it('answers to loopback names and IP literals on any port by default', () => {
    for (const h of [
      'localhost',
      'localhost:4000',
      'LOCALHOST.',
      'app.localhost:5173',
      '127.0.0.1:4000',
      '[::1]:4000',
      '192.168.1.5:4000',
      '[2001:db8::1]',
    ])
      expect(hostAllowed(local, h), h).toBe(true);
  });

  it('refuses other names (a rebinding page sends its own) and malformed Hosts', () => {
    for (const h of [
      'evil.example',
      'evil.example:4000',
      'localhost.evil.example',
      'evil@localhost',
      'localhost/x',
      '',
      '[::1',
      'a b',
    ])
      expect(hostAllowed(local, h), h).toBe(false);
  });

  it('answers to the configured HOST and SCAMGRAPH_ALLOWED_HOSTS (name, or name:port)', () => {
    expect(hostAllowed(named, 'scamgraph.internal:4000')).toBe(true);
    expect(hostAllowed(named, 'scamgraph.example.org')).toBe(true);
    expect(hostAllowed(named, 'intel.example.net:8443')).toBe(true);
    expect(hostAllowed(named, 'intel.example.net')).toBe(false);
    expect(
      hostAllowed(
        originPolicy({ host: '0.0.0.0', allowedHosts: ['*'], allowedOrigins: [] }),
        'any.example',
      ),
    ).toBe(true);
  });
});

describe('originAllowed', () => {
  it('allows the same origin, loopback pages on any port, configured names and listed origins', () => {
    expect(originAllowed(local, 'http://localhost:4000', 'localhost:4000')).toBe(true);
    expect(originAllowed(local, 'http://localhost:5173', '127.0.0.1:4000')).toBe(true);
    expect(originAllowed(local, 'http://192.168.1.5:4000', '192.168.1.5:4000')).toBe(true);
    expect(originAllowed(named, 'https://scamgraph.example.org', '127.0.0.1:4000')).toBe(true);
    expect(originAllowed(named, 'https://partner.example.com', 'scamgraph.example.org')).toBe(true);
    expect(originAllowed(local, 'https://scamgraph.example.org', 'scamgraph.example.org:443')).toBe(
      true,
    );
  });

  it('refuses other sites, opaque and non-web origins', () => {
    expect(originAllowed(local, 'https://evil.example', 'localhost:4000')).toBe(false);
    expect(originAllowed(local, 'http://192.168.1.6:4000', '192.168.1.5:4000')).toBe(false);
    expect(originAllowed(local, 'null', 'localhost:4000')).toBe(false);
    expect(originAllowed(local, 'chrome-extension://abc', 'localhost:4000')).toBe(false);
    expect(originAllowed(named, 'https://partner.example.com:444', 'localhost:4000')).toBe(false);
  });

  it('parses Host headers strictly', () => {
    expect(parseHost('[::1]:4000')).toEqual({ name: '::1', port: '4000' });
    expect(parseHost('Example.ORG.')).toEqual({ name: 'example.org', port: undefined });
    expect(parseHost('x:y')).toBeUndefined();
  });
});

describe('configuration', () => {
  it('reads SCAMGRAPH_ALLOWED_HOSTS and SCAMGRAPH_ALLOWED_ORIGINS as comma-separated lists', () => {
    const c = loadConfig({
      SCAMGRAPH_ALLOWED_HOSTS: ' Scamgraph.Example.org, ,x.test:8443',
      SCAMGRAPH_ALLOWED_ORIGINS: 'https://Partner.example.com/,http://x.test:8080',
    });
    expect(c.allowedHosts).toEqual(['scamgraph.example.org', 'x.test:8443']);
    expect(c.allowedOrigins).toEqual(['https://partner.example.com', 'http://x.test:8080']);
    expect(() => loadConfig({ SCAMGRAPH_ALLOWED_ORIGINS: 'partner.example.com' })).toThrow(
      /SCAMGRAPH_ALLOWED_ORIGINS/,
    );
    expect(() => loadConfig({ SCAMGRAPH_ALLOWED_ORIGINS: 'https://x.test/path' })).toThrow(
      /not an origin/,
    );
    expect(() => originPolicy({ host: 'x', allowedHosts: ['evil@x'], allowedOrigins: [] })).toThrow(
      /SCAMGRAPH_ALLOWED_HOSTS/,
    );
  });
});

describe('isSimpleRequest (uploads)', () => {
  it('is true for what a cross-site form or simple fetch can send', () => {
    for (const type of [
      undefined,
      '',
      'text/plain',
      'text/plain;charset=UTF-8',
      'multipart/form-data; boundary=x',
      'Application/X-WWW-Form-Urlencoded',
    ])
      expect(isSimpleRequest({ 'content-type': type }), String(type)).toBe(true);
  });

  it('is false for other types or with a preflight header', () => {
    for (const type of [
      'text/csv',
      'application/json',
      'application/octet-stream',
      'application/x-ndjson',
    ])
      expect(isSimpleRequest({ 'content-type': type }), type).toBe(false);
    expect(isSimpleRequest({ 'content-type': 'text/plain', 'x-scamgraph-upload': '1' })).toBe(
      false,
    );
    expect(isSimpleRequest({ 'apollo-require-preflight': 'true' })).toBe(false);
    expect(isSimpleRequest({ 'x-scamgraph-upload': '' })).toBe(true);
  });
});
