// Block-list readers, line by line: hosts files (`0.0.0.0 scam.example www.scam.example # note`) and
// Adblock/AdGuard filter lists (`||scam.example^`, `! comment`). One row per host name. A hosts line
// mapping a name to a real address (not a sink such as 0.0.0.0 or 127.0.0.1) links the name to it.
// Rules that are not one whole host — wildcards (`||booking.com-id*`), partial names (`.avito.www.`),
// regular expressions, paths — are rejected with their reason; exception rules (`@@||…`, an allow-list)
// and element-hiding rules (`##…`) are skipped by name, never read as scams.
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { guarded, rejectOf } from '../reader-input.js';
import type { ReaderItem } from '../reader-types.js';
import { LineSplitter, type Line } from '../text/line-splitter.js';

/** Names every hosts file maps to itself; not indicators. */
const LOCAL_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
  '0.0.0.0',
]);

/** Addresses block lists point names at: not where the name really resolves. */
function isSink(ip: string): boolean {
  return /^(0\.0\.0\.0|127\.\d+\.\d+\.\d+|::1?|0:0:0:0:0:0:0:[01]|255\.255\.255\.255)$/.test(ip);
}

const HOST =
  /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?(?:\.[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?)+\.?$/u;

function reject(line: number, value: string, reason: string, message: string): ReaderItem {
  return {
    type: 'reject',
    reject: { line, field: 'rule', value: value.slice(0, 200), reason, message },
  };
}

function hostRow(line: number, host: string, field: string, ip?: string): ReaderItem {
  return {
    type: 'row',
    row: {
      line,
      main: { value: host, kind: 'domain', field },
      related: ip ? [{ value: ip, kind: 'ip', field: 'address' }] : [],
    },
  };
}

/** A hosts-file line (`<address> <name> [<name>…] [# comment]`): its rows, or undefined when it is not one. */
export function hostsLine(text: string, line: number): ReaderItem[] | undefined {
  const [address, ...rest] = text
    .replace(/\s#.*$/, '')
    .trim()
    .split(/\s+/);
  if (!address || rest.length === 0 || !isIP(address.replace(/%.*$/, ''))) return undefined;
  const sink = isSink(address);
  return rest.map((name): ReaderItem => {
    if (LOCAL_NAMES.has(name.toLowerCase())) return { type: 'skip', what: 'hosts:local-name' };
    return hostRow(line, name, 'host', sink ? undefined : address);
  });
}

/** An Adblock/AdGuard rule: a host row, a skip, or a reject saying why it is not one host. */
export function adblockRule(text: string, line: number): ReaderItem {
  if (text.startsWith('@@')) return { type: 'skip', what: 'adblock:exception' };
  if (/#[@?$%]?#|#@\$#|\$\$/.test(text)) return { type: 'skip', what: 'adblock:cosmetic' };
  if (/^\/.*\/(\$.*)?$/.test(text))
    return reject(
      line,
      text,
      'PARTIAL_RULE',
      `Rule ${JSON.stringify(text)} is a regular expression, not one host.`,
    );
  // `|https://scam.example/path|`: one exact address.
  const exact = /^\|(https?:\/\/[^|^$*]+)\|?(?:\$.*)?$/.exec(text);
  if (exact?.[1])
    return {
      type: 'row',
      row: { line, main: { value: exact[1], kind: 'url', field: 'rule' }, related: [] },
    };
  const body = text.replace(/\$[^/]*$/, '');
  const anchored = body.startsWith('||');
  const m = /^(?:\|\|)?([^/^|$]*)(.*)$/.exec(body);
  const host = m?.[1] ?? '';
  const tail = (m?.[2] ?? '').replace(/^\^\|?$/, '');
  if (host.includes('*') || tail.includes('*'))
    return reject(
      line,
      text,
      'WILDCARD_RULE',
      `Rule ${JSON.stringify(text)} is a wildcard pattern that matches many names, not one host.`,
    );
  // A name ending in `.` or `-` without `^` matches every name it begins (`||yandex.pay.avito.`).
  const open = /[.-]$/.test(host) && !tail.startsWith('^') && !body.endsWith('^');
  if (!HOST.test(host) || open || tail !== '' || (!anchored && !HOST.test(body.replace(/\^$/, ''))))
    return reject(
      line,
      text,
      'PARTIAL_RULE',
      `Rule ${JSON.stringify(text)} matches part of a name or address${tail.startsWith('/') ? ' (a path)' : ''}, not one whole host.`,
    );
  return hostRow(line, host.replace(/\.$/, ''), 'rule');
}

/**
 * Reads a hosts file or an Adblock/AdGuard list (either syntax on any line): `#` and `!` comment lines,
 * `[Adblock Plus 2.0]` headers and blank lines are ignored.
 */
export async function* readHostList(
  input: Readable,
  shape: 'hosts' | 'adblock',
): AsyncGenerator<ReaderItem> {
  const { out, guard } = guarded(input, [new LineSplitter()]);
  yield {
    type: 'layout',
    layout: {
      shape: shape === 'hosts' ? 'hosts file' : 'adblock filter list',
      columns: [],
      accepts: ['0.0.0.0 <name> [<name>…]', '127.0.0.1 <name>', '||<name>^', '<name>'],
    },
  };
  try {
    for await (const { text: raw, line } of out as AsyncIterable<Line>) {
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (!text || text.startsWith('!') || /^\[.*\]$/.test(text)) continue;
      if (text.startsWith('#') && !/^#[@?$%]?#/.test(text)) continue;
      const hosts = hostsLine(text, line);
      if (hosts) {
        yield* hosts;
        continue;
      }
      yield adblockRule(text, line);
    }
  } catch (error) {
    yield rejectOf(error, guard);
  }
}

/** True when most of the first lines of a text list are hosts-file lines or Adblock rules. */
export function sniffHostList(head: string): 'hosts' | 'adblock' | undefined {
  const lines = head
    .split(/\r?\n|\r/)
    .slice(0, 500)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
  if (/^\s*\[(Adblock|AdGuard|uBlock)/im.test(head)) return 'adblock';
  if (lines.length === 0) return undefined;
  const hosts = lines.filter((l) => hostsLine(l, 0) !== undefined).length;
  const rules = lines.filter((l) => /^(@@)?\|\|/.test(l)).length;
  if (hosts * 2 > lines.length) return 'hosts';
  if (rules * 2 > lines.length) return 'adblock';
  return undefined;
}
