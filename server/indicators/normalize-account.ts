// Messaging and social accounts: profile links, `<platform>:<handle>`, `@handle` with a platform hint.
import { PLATFORM_NAMES, platformOf, platformOfHost } from './account-platforms.js';
import type { PlatformRule } from './account-platforms.js';
import { normalizePhone } from './normalize-phone.js';
import { parseWebUrl, siteOf } from './normalize-url.js';
import { fail, ok, prepare, quote } from './result.js';
import type { NormalizeOptions, NormalizeResult } from './types.js';

/** A handle found in the input, with the platform it belongs to (when the input names one). */
interface Found {
  platform?: PlatformRule;
  handle: string;
  /** Set when the input is a link that is not a profile (invite link, post, page). */
  notProfile?: string;
}

/** Reads a profile link: t.me/<handle>, line.me/ti/p/~<id>, facebook.com/<name>, instagram.com/<name>… */
export function accountFromUrl(text: string): Found | undefined {
  const url = parseWebUrl(text, true);
  if (!url) return undefined;
  const platform = platformOfHost(siteOf(url));
  if (!platform) return undefined;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  let first = segments[0] ?? '';
  if (platform.name === 'telegram') {
    if (first === 's') first = segments[1] ?? '';
    if (first.startsWith('+') || platform.reserved?.includes(first.toLowerCase())) {
      return {
        platform,
        handle: first,
        notProfile: 'a Telegram invite or service link, not an account',
      };
    }
  } else if (platform.name === 'line') {
    const id = /^\/(?:r\/)?ti\/p\/(~|@|%40)([^/?#]+)/i.exec(url.pathname);
    if (!id) return { platform, handle: '', notProfile: 'a LINE link without an ~id or @id' };
    return { platform, handle: `${id[1] === '~' ? '' : '@'}${decodeSafe(id[2] ?? '')}` };
  } else if (platform.name === 'facebook' && first === 'profile.php') {
    return { platform, handle: url.searchParams.get('id') ?? '' };
  } else if (platform.name === 'tiktok') {
    if (!first.startsWith('@'))
      return { platform, handle: first, notProfile: 'a TikTok link that is not a profile (@name)' };
    first = first.slice(1);
  } else if (platform.reserved?.includes(first.toLowerCase())) {
    return { platform, handle: first, notProfile: `a ${platform.name} page, not a profile` };
  }
  return { platform, handle: decodeSafe(first) };
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parse(text: string, opts?: NormalizeOptions): Found | undefined {
  const fromUrl = accountFromUrl(text);
  if (fromUrl) return fromUrl;
  const prefixed = /^([a-z][a-z0-9-]*):(?!\/\/)(.+)$/i.exec(text);
  if (prefixed) {
    const platform = platformOf(prefixed[1]);
    if (platform)
      return {
        platform,
        handle: (prefixed[2] ?? '').replace(/^@(?=.)/, platform.name === 'line' ? '@' : ''),
      };
  }
  const hinted = platformOf(opts?.platform);
  if (text.startsWith('@'))
    return { platform: hinted, handle: hinted?.name === 'line' ? text : text.slice(1) };
  if (hinted) return { platform: hinted, handle: text };
  return undefined;
}

/**
 * Normalizes an account to `<platform>:<handle>`. Handles are lower-cased on platforms that
 * compare them case-insensitively; phone-based messengers (WhatsApp, Viber, Zalo) key on E.164.
 */
export function normalizeAccount(value: string, opts?: NormalizeOptions): NormalizeResult {
  const prepared = prepare(value, 'account');
  if (!('text' in prepared)) return prepared;
  const text = prepared.text;
  const found = parse(text, opts);
  if (opts?.platform && !platformOf(opts.platform) && !found?.platform) {
    return fail(
      'INVALID_ACCOUNT',
      `Unknown platform ${quote(opts.platform)}; known: ${PLATFORM_NAMES.join(', ')}.`,
      'account',
    );
  }
  if (!found) {
    return fail(
      'INVALID_ACCOUNT',
      `${quote(text)} does not name a platform: write <platform>:<handle> (e.g. telegram:some_handle) or a profile link.`,
      'account',
    );
  }
  if (!found.platform) {
    return fail(
      'MISSING_PLATFORM',
      `${quote(text)} is a bare handle; say which platform it is on (${PLATFORM_NAMES.slice(0, 6).join(', ')}…).`,
      'account',
    );
  }
  const platform = found.platform;
  if (found.notProfile) {
    return fail(
      'INVALID_ACCOUNT',
      `${quote(text)} is ${found.notProfile}; submit it as kind url.`,
      'account',
    );
  }
  let handle = found.handle.trim();
  if (platform.phone === true || (platform.phone === 'optional' && /^\+/.test(handle))) {
    // A leading 0 is a local number (needs opts.defaultRegion); other digits are international.
    const local = /^0(?!0)/.test(handle) && opts?.defaultRegion;
    const phone = normalizePhone(local || handle.startsWith('+') ? handle : `+${handle}`, opts);
    if (!phone.ok) {
      return fail(
        'INVALID_ACCOUNT',
        `${platform.name} account ${quote(handle)} is not a phone number: ${phone.message}`,
        'account',
      );
    }
    handle = phone.indicator.key;
  } else if (platform.caseInsensitive) {
    handle = handle.toLowerCase();
  }
  if (!platform.pattern.test(handle)) {
    return fail(
      'INVALID_ACCOUNT',
      `${platform.name} handle ${quote(handle)} is not valid: expected ${platform.rule}.`,
      'account',
    );
  }
  return ok({
    kind: 'account',
    key: `${platform.name}:${handle}`,
    display:
      platform.phone === true || handle.startsWith('+')
        ? handle
        : `${platform.name}: ${handle.startsWith('@') ? handle : `@${handle}`}`,
    facts: { platform: platform.name, handle },
  });
}
