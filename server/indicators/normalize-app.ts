// Mobile apps: Android package ids, Google Play and App Store URLs, `ios:<id>` keys.
import { parseWebUrl, siteOf } from './normalize-url.js';
import { refang } from './refang.js';
import { fail, ok, prepare, quote } from './result.js';
import type { Indicator, NormalizeResult } from './types.js';

/** Android package id: two or more segments, each a letter then letters, digits or underscores. */
const PACKAGE_ID = /^[a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)+$/;
const IOS_KEY = /^ios:(?:id)?(\d{1,15})$/i;

export function isPackageId(text: string): boolean {
  return text.length <= 255 && PACKAGE_ID.test(text);
}

function android(pkg: string, store: 'google_play' | null): Indicator {
  return {
    kind: 'app',
    key: pkg,
    display: pkg,
    facts: { platform: 'android', store, packageId: pkg },
  };
}

function ios(id: string): Indicator {
  const trimmed = id.replace(/^0+(?=\d)/, '');
  return {
    kind: 'app',
    key: `ios:${trimmed}`,
    display: `App Store id${trimmed}`,
    facts: { platform: 'ios', store: 'app_store', appId: trimmed },
  };
}

/** Recognises a store link; undefined when the text is not a Play / App Store / market URL. */
export function parseStoreUrl(text: string): NormalizeResult | undefined {
  const market = /^market:\/\/details\?(?:.*&)?id=([^&]*)/i.exec(text);
  const url = market ? undefined : parseWebUrl(text, true);
  const site = url ? siteOf(url) : '';
  if (market || site === 'play.google.com') {
    if (url && !/^\/store\/apps\/details\/?$/.test(url.pathname)) {
      return fail(
        'INVALID_APP',
        `Google Play link ${quote(text)} is not an app page (/store/apps/details?id=…).`,
        'app',
      );
    }
    const id = market
      ? (new URLSearchParams(`id=${market[1] ?? ''}`).get('id') ?? '')
      : (url?.searchParams.get('id') ?? '');
    if (!isPackageId(id)) {
      return fail(
        'INVALID_APP',
        `Google Play link has no valid package id (got ${quote(id)}).`,
        'app',
      );
    }
    return ok(android(id, 'google_play'));
  }
  if (url && (site === 'apps.apple.com' || site === 'itunes.apple.com')) {
    const m =
      /\/id(\d{1,15})(?:\/|$)/.exec(url.pathname) ??
      /^(\d{1,15})$/.exec(url.searchParams.get('id') ?? '');
    if (!m?.[1]) {
      return fail(
        'INVALID_APP',
        `App Store link ${quote(text)} has no numeric app id (…/id123456789).`,
        'app',
      );
    }
    return ok(ios(m[1]));
  }
  return undefined;
}

/**
 * Normalizes an app. Android package ids keep their case: package names are case-sensitive on
 * Android and in Play URLs. A bare package id gets `store: null`, since many scam apps are
 * side-loaded APKs that never were on Google Play; only a Play link sets `store: google_play`.
 */
export function normalizeApp(value: string): NormalizeResult {
  const prepared = prepare(value, 'app');
  if (!('text' in prepared)) return prepared;
  const text = refang(prepared.text);
  const iosKey = IOS_KEY.exec(text);
  if (iosKey?.[1]) return ok(ios(iosKey[1]));
  if (/^ios:/i.test(text)) {
    return fail(
      'INVALID_APP',
      `${quote(text)}: an iOS app is written ios:<numeric App Store id>.`,
      'app',
    );
  }
  const store = parseStoreUrl(text);
  if (store) return store;
  const pkg = text.replace(/^android:/i, '');
  if (isPackageId(pkg)) return ok(android(pkg, null));
  return fail(
    'INVALID_APP',
    `${quote(text)} is not an app: expected an Android package id (com.example.app), ios:<id>, or a Google Play / App Store link.`,
    'app',
  );
}
