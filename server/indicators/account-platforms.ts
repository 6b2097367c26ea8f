// Messaging and social platforms an Account can live on: names, aliases, handle rules, profile hosts.

/** How one platform's handles look and compare. */
export interface PlatformRule {
  name: string;
  aliases: string[];
  /** Handles compare case-insensitively and are lower-cased in keys. */
  caseInsensitive: boolean;
  /** The handle is a phone number (E.164 in keys); 'optional' when a leading + marks one. */
  phone?: boolean | 'optional';
  pattern: RegExp;
  /** Rule in words, for messages. */
  rule: string;
  /** Web hosts whose first path segment is a profile handle. */
  hosts: string[];
  /** First path segments on those hosts that are pages, not profiles. */
  reserved?: string[];
}

/**
 * Case: Telegram, Instagram, Facebook, X, TikTok, LINE IDs, WeChat IDs, Kakao and Discord handles
 * are case-insensitive (lower-cased). Phone-based messengers (WhatsApp, Viber, Zalo, Signal
 * numbers) key on the E.164 number.
 */
const words = (text: string): string[] => text.split(' ');

/** WhatsApp-style messengers whose accounts are phone numbers. */
const phoneMessenger = (name: string, aliases: string[]): PlatformRule => ({
  name,
  aliases,
  caseInsensitive: false,
  phone: true,
  pattern: /^\+\d{5,15}$/,
  rule: 'a phone number',
  hosts: [],
});

export const PLATFORMS: PlatformRule[] = [
  {
    name: 'telegram',
    aliases: ['tg', 'tele'],
    caseInsensitive: true,
    pattern: /^[a-z0-9_]{5,32}$/,
    rule: '5–32 letters, digits or underscores',
    hosts: ['t.me', 'telegram.me', 'telegram.dog'],
    reserved: words(
      'joinchat addstickers addemoji share proxy socks setlanguage addtheme login c iv',
    ),
  },
  phoneMessenger('whatsapp', ['wa']),
  phoneMessenger('viber', []),
  phoneMessenger('zalo', []),
  {
    name: 'line',
    aliases: ['lineid', 'line-id'],
    caseInsensitive: true,
    pattern: /^@?[a-z0-9._-]{3,32}$/,
    rule: '3–32 letters, digits, dots, hyphens or underscores (official accounts start with @)',
    hosts: ['line.me'],
  },
  {
    name: 'wechat',
    aliases: ['weixin', 'wx'],
    caseInsensitive: true,
    pattern: /^[a-z][a-z0-9_-]{5,19}$/,
    rule: '6–20 characters starting with a letter',
    hosts: [],
  },
  {
    name: 'facebook',
    aliases: ['fb'],
    caseInsensitive: true,
    pattern: /^(?:[a-z0-9.]{5,50}|\d{5,20})$/,
    rule: '5–50 letters, digits or dots, or a numeric profile id',
    hosts: ['facebook.com', 'fb.com', 'fb.me'],
    reserved: words(
      'groups pages events watch marketplace share sharer sharer.php login login.php help policies ' +
        'gaming hashtag photo photo.php story.php permalink.php reel dialog plugins l.php messages settings',
    ),
  },
  {
    name: 'instagram',
    aliases: ['ig', 'insta'],
    caseInsensitive: true,
    pattern: /^[a-z0-9._]{1,30}$/,
    rule: '1–30 letters, digits, dots or underscores',
    hosts: ['instagram.com', 'instagr.am'],
    reserved: words('p reel reels explore stories accounts direct tv about legal'),
  },
  {
    name: 'twitter',
    aliases: ['x'],
    caseInsensitive: true,
    pattern: /^[a-z0-9_]{1,15}$/,
    rule: '1–15 letters, digits or underscores',
    hosts: ['twitter.com', 'x.com'],
    reserved: words(
      'i home search explore intent share hashtag settings login messages notifications',
    ),
  },
  {
    name: 'tiktok',
    aliases: [],
    caseInsensitive: true,
    pattern: /^[a-z0-9._]{2,24}$/,
    rule: '2–24 letters, digits, dots or underscores',
    hosts: ['tiktok.com'],
  },
  {
    name: 'kakaotalk',
    aliases: ['kakao'],
    caseInsensitive: true,
    pattern: /^[a-z0-9._-]{2,32}$/,
    rule: '2–32 letters, digits, dots, hyphens or underscores',
    hosts: [],
  },
  {
    name: 'signal',
    aliases: [],
    caseInsensitive: true,
    phone: 'optional',
    pattern: /^(?:[a-z_][a-z0-9_]{2,31}\.\d{2,10}|\+\d{5,15})$/,
    rule: 'a username like name.01 or a phone number',
    hosts: [],
  },
  {
    name: 'discord',
    aliases: [],
    caseInsensitive: true,
    pattern: /^[a-z0-9_.]{2,32}$/,
    rule: '2–32 letters, digits, dots or underscores',
    hosts: [],
  },
];

const BY_NAME = new Map<string, PlatformRule>();
for (const p of PLATFORMS) for (const n of [p.name, ...p.aliases]) BY_NAME.set(n, p);

/** The platform for a name or alias (case-insensitive), or undefined. */
export function platformOf(name: string | undefined): PlatformRule | undefined {
  return name ? BY_NAME.get(name.trim().toLowerCase()) : undefined;
}

/** The platform whose profile host this is (`www.` and `m.` already removed), or undefined. */
export function platformOfHost(site: string): PlatformRule | undefined {
  return PLATFORMS.find((p) => p.hosts.includes(site));
}

export const PLATFORM_NAMES = PLATFORMS.map((p) => p.name);
