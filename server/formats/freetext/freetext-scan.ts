// Finds the indicators in one line of running text: links (also defanged), e-mails, phone numbers in
// international form, then tokens: file hashes (skipped), @handles, wallets, IP addresses and host names
// with a public suffix. detect() decides what each candidate is; weak shapes count only when it agrees.
import { detect } from '../../indicators/index.js';
import type { IndicatorKind, NormalizeResult } from '../../indicators/types.js';
import { refangLine, sourceOf, wasDefanged } from './freetext-refang.js';
import {
  hashName,
  hostWithSuffix,
  ipShaped,
  platformMentions,
  platformNamed,
  stronglyWalletShaped,
  WALLET_URI,
  walletShaped,
} from './freetext-shapes.js';

/** An indicator found in a line. */
export interface Found {
  /** The value as the text writes it (defanged forms kept): what the row carries and stores as raw. */
  value: string;
  /** Position in the line, for order. */
  at: number;
  /** Written defanged (hxxp, [.]…). */
  defanged: boolean;
  /** The platform the text names for an @handle. */
  platform?: string;
  /** Named in rejects: the table column's header, or the part of the document. */
  field: string;
  /** What detect() makes of it. */
  result: NormalizeResult;
}

export interface LineContext {
  /** The field named for values outside table columns with a header (`text`, `body`, `from`…). */
  field: string;
  /** The current table's header cells, by column. */
  header?: string[];
  /** The platform the current section's heading names. */
  platform?: string;
}

export interface LineScan {
  found: Found[];
  /** Skip names of what was recognised but is not modelled (file hashes). */
  skips: string[];
}

const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"'`|\\{}^[\]]+/gi;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONE_RE = /(?<![\p{L}\p{N}+])\+ ?\d[\d \t().\-\u00a0\u2010-\u2015]*\d/gu;
const TOKEN_RE = /[^\s<>"'`|(){}[\],;]+/g;
const HANDLE_RE = /^@[\p{L}\p{N}_][\p{L}\p{N}_.]{1,63}$/u;
const URL_TRAIL = '.,;:!?*_~+…\'"';
const LEAD = '.,:;!?*~+#=';
const TRAIL = '.,:;!?*~+#=…';

/** Recent detect() results: documents repeat their values (a chat export names one wallet 100 times). */
const DETECTED = new Map<string, NormalizeResult>();
const DETECTED_MAX = 10_000;

function detectCached(value: string, platform?: string): NormalizeResult {
  const key = `${platform ?? ''}\u0000${value}`;
  let result = DETECTED.get(key);
  if (!result) {
    result = detect(value, platform ? { platform } : undefined);
    if (DETECTED.size >= DETECTED_MAX) DETECTED.clear();
    DETECTED.set(key, result);
  }
  return result;
}

/** The kind detect() gave, also for a failure that names one. */
export function kindOf(result: NormalizeResult): IndicatorKind | undefined {
  return result.ok ? result.indicator.kind : result.kind;
}

function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u[u.length - 1] ?? '';
    const opens = u.split('(').length;
    const closes = u.split(')').length;
    if (URL_TRAIL.includes(last) || (last === ')' && closes > opens)) u = u.slice(0, -1);
    else return u;
  }
}

/** Header cell text without Markdown and AsciiDoc markup. */
function cellName(cell: string | undefined): string | undefined {
  const name = cell?.replace(/[`*_+]/g, '').trim();
  return name ? name.slice(0, 60) : undefined;
}

/** The cells of a table row `| a | b |` (Markdown) or `|a |b` (AsciiDoc). */
export function tableCells(text: string): string[] {
  return text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

/** Scans one line. `original` is the line as written; its defanged forms are undone here. */
export function scanLine(original: string, ctx: LineContext): LineScan {
  // Every indicator holds a digit, a dot, an @ or a colon (a wallet, a host, an e-mail or handle, an IPv6).
  if (!/[\d.@:]/.test(original)) return { found: [], skips: [] };
  const line = refangLine(original);
  const text = line.text;
  const table = /^\s*\|/.test(text);
  const mentions = platformMentions(text);
  const found: Found[] = [];
  const skips: string[] = [];
  let work = text;
  const consume = (s: number, e: number) => {
    work = work.slice(0, s) + ' '.repeat(e - s) + work.slice(e);
  };
  const columnOf = (at: number) => text.slice(0, at).split('|').length - 2;
  const fieldAt = (at: number) =>
    (table && ctx.header ? cellName(ctx.header[columnOf(at)]) : undefined) ?? ctx.field;

  const platformAt = (at: number): string | undefined => {
    if (table) {
      const col = columnOf(at);
      const inCell = mentions.filter((m) => columnOf(m.at) === col);
      const cell = inCell.filter((m) => m.at < at).pop() ?? inCell[0];
      if (cell) return cell.platform;
      const head = ctx.header?.[col] && platformNamed(ctx.header[col]);
      if (head) return head;
    }
    const near = mentions.filter((m) => m.at < at).pop() ?? mentions.find((m) => m.at > at);
    return near?.platform ?? ctx.platform;
  };

  /** Adds [s, e) of the refanged line; `keep` decides on detect's result. */
  const add = (
    s: number,
    e: number,
    keep: (r: NormalizeResult) => boolean,
    platform?: string,
  ): boolean => {
    const refanged = text.slice(s, e);
    const result = detectCached(refanged, platform);
    if (!keep(result)) return false;
    const raw = sourceOf(line, original, s, e);
    // The spelling as written, unless detect() reads it otherwise (a form only this scanner refangs).
    let value = raw;
    if (raw !== refanged && result.ok) {
      const again = detectCached(raw, platform);
      if (!again.ok || again.indicator.key !== result.indicator.key) value = refanged;
    }
    found.push({
      value,
      at: s,
      defanged: wasDefanged(line, s, e),
      platform,
      field: fieldAt(s),
      result,
    });
    consume(s, e);
    return true;
  };
  const always = () => true;
  const accepted = (r: NormalizeResult) => r.ok;

  for (const m of text.matchAll(URL_RE)) {
    const url = trimUrl(m[0]);
    if (url.length > url.indexOf('//') + 3) add(m.index, m.index + url.length, always);
  }
  for (const m of work.matchAll(EMAIL_RE)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && '._%+-'.includes(work[s]!)) s++;
    while (e > s && '.-'.includes(work[e - 1]!)) e--;
    const address = text.slice(s, e);
    const host = address.slice(address.indexOf('@') + 1);
    if (hostWithSuffix(host, wasDefanged(line, s, e))) add(s, e, always);
  }
  for (const m of work.matchAll(PHONE_RE)) phone(m.index, m[0]);
  for (const m of work.matchAll(TOKEN_RE)) token(m.index, m.index + m[0].length);
  found.sort((a, b) => a.at - b.at);
  return { found, skips };

  /** A + number: the longest prefix, at a digit group's end, that is a valid (else possible) phone. */
  function phone(start: number, match: string): void {
    const ends: number[] = [];
    let digits = 0;
    for (let i = 0; i < match.length; i++) {
      if (!/\d/.test(match[i]!)) continue;
      digits++;
      const groupEnd = !/\d/.test(match[i + 1] ?? '');
      if (groupEnd && digits >= 7 && digits <= 15) ends.push(i + 1);
      if (digits > 15) break;
    }
    let possible: number | undefined;
    for (const end of ends.reverse()) {
      const r = detectCached(match.slice(0, end));
      if (!r.ok || r.indicator.kind !== 'phone') continue;
      if (r.indicator.facts.valid !== false) return void add(start, start + end, accepted);
      possible ??= end;
    }
    if (possible !== undefined) add(start, start + possible, accepted);
  }

  function token(start: number, end: number): void {
    let s = start;
    let e = end;
    for (let pass = 0; pass < 2; pass++) {
      while (s < e && LEAD.includes(work[s]!)) s++;
      while (e > s && TRAIL.includes(work[e - 1]!)) e--;
      if (work[s] === '_' && work[e - 1] === '_' && e - s > 2) {
        s++;
        e--;
      }
      const tok = text.slice(s, e);
      if (!tok) return;
      const hash = hashName(tok);
      if (hash) return void skips.push(hash);
      if (tok.startsWith('@')) {
        if (HANDLE_RE.test(tok)) add(s, e, always, platformAt(s));
        return;
      }
      if (WALLET_URI.test(tok)) return void add(s, e, (r) => r.ok || kindOf(r) === 'wallet');
      // `Wallet:TXyz…`, `Telegram:t.me/x`: read what follows a label (not `scheme://`, not IPv6).
      const label = /^\p{L}[\p{L}\p{N}_-]*:(?!\/\/)(?=.)/u.exec(tok);
      if (label && !ipShaped(tok)) {
        s += label[0].length;
        continue;
      }
      if (ipShaped(tok)) return void add(s, s + tok.replace(/(\.\d+):\d+$/, '$1').length, accepted);
      if (walletShaped(tok)) {
        const strong = stronglyWalletShaped(tok);
        add(s, e, (r) => (r.ok ? r.indicator.kind === 'wallet' : strong && r.kind === 'wallet'));
        return;
      }
      const cut = tok.search(/[/?#]/);
      const hostPort = cut < 0 ? tok : tok.slice(0, cut);
      const host = hostPort.replace(/:\d{1,5}$/, '').replace(/\.$/, '');
      if (!hostWithSuffix(host, wasDefanged(line, s, s + host.length))) return;
      if (cut >= 0 && tok.length > cut + 1 && add(s, e, accepted)) return;
      add(s, s + host.length, accepted);
      return;
    }
  }
}
