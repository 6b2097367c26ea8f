// IP addresses: strict dotted-decimal IPv4 and IPv6 via ipaddr.js, canonical text, private-range flag.
import ipaddr from 'ipaddr.js';
import { refang } from './refang.js';
import { fail, ok, prepare, quote } from './result.js';
import type { NormalizeResult } from './types.js';

const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Parses IPv4 in dotted-decimal only. Leading zeros are read as decimal (`010.001.002.003` is
 * 10.1.2.3, as analysts mean it), never as octal; legacy short or hex forms are rejected.
 */
function parseIpv4(text: string): ipaddr.IPv4 | undefined {
  const m = DOTTED_QUAD.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map((part) => Number.parseInt(part, 10));
  if (octets.some((o) => o > 255)) return undefined;
  return new ipaddr.IPv4(octets);
}

function parseIpv6(text: string): ipaddr.IPv6 | undefined {
  if (!text.includes(':') || !/^[0-9a-f:.]+$/i.test(text)) return undefined;
  try {
    return ipaddr.IPv6.isValid(text) ? ipaddr.IPv6.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Normalizes an IP address. IPv6 is written compressed and lower-case (RFC 5952); an IPv4-mapped
 * IPv6 address (`::ffff:1.2.3.4`) is converted to its IPv4 form, since it names the same host.
 * `private` is true for every range other than global unicast (private, loopback, link-local,
 * CGNAT, documentation, multicast…).
 */
export function normalizeIp(value: string): NormalizeResult {
  const prepared = prepare(value, 'ip');
  if (!('text' in prepared)) return prepared;
  let text = refang(prepared.text);
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (text.includes('/')) {
    return fail(
      'INVALID_IP',
      `${quote(text)} is a network range (CIDR); give a single address.`,
      'ip',
    );
  }
  if (text.includes('%')) {
    return fail(
      'INVALID_IP',
      `${quote(text)} carries a zone id (%…); give the address without it.`,
      'ip',
    );
  }
  let addr: ipaddr.IPv4 | ipaddr.IPv6 | undefined = parseIpv4(text) ?? parseIpv6(text);
  if (!addr) {
    return fail(
      'INVALID_IP',
      `${quote(text)} is not an IP address; expected dotted IPv4 (203.0.113.7) or IPv6 (2001:db8::1).`,
      'ip',
    );
  }
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    addr = (addr as ipaddr.IPv6).toIPv4Address();
  }
  const version = addr.kind() === 'ipv4' ? 4 : 6;
  const key = version === 4 ? addr.toString() : (addr as ipaddr.IPv6).toRFC5952String();
  const range = addr.range();
  return ok({
    kind: 'ip',
    key,
    display: key,
    facts: { version, private: range !== 'unicast', range },
  });
}
