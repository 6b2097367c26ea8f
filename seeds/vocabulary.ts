// Word lists for generated names: scam themes, personas, URL paths, victims' countries and currencies.

/** A scam storyline a campaign follows; its words build domain, app and handle names. */
export interface Theme {
  kind: string;
  words: readonly string[];
  suffixes: readonly string[];
  appNouns: readonly string[];
  paths: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    kind: 'crypto-investment',
    words: ['coin', 'usdt', 'defi', 'bit', 'chain', 'token', 'quant', 'yield', 'block', 'nova'],
    suffixes: ['trade', 'ex', 'pro', 'vault', 'max', 'global', 'prime', 'hub'],
    appNouns: ['Exchange', 'Wallet Pro', 'Quant', 'DeFi Earn'],
    paths: ['/login', '/register', '/trade/usdt', '/wallet/deposit', '/invite', '/download'],
  },
  {
    kind: 'gold-forex',
    words: ['gold', 'forex', 'fx', 'bullion', 'metal', 'capital', 'asset', 'royal'],
    suffixes: ['trade', 'markets', 'invest', 'fund', 'pro', 'group', 'house'],
    appNouns: ['Markets', 'Gold Trader', 'FX Pro', 'Capital'],
    paths: ['/login', '/account/open', '/markets/xauusd', '/deposit', '/vip', '/support'],
  },
  {
    kind: 'liquidity-mining',
    words: ['mine', 'pool', 'stake', 'liquid', 'harvest', 'farm', 'node'],
    suffixes: ['defi', 'earn', 'pool', 'dao', 'labs', 'fi'],
    appNouns: ['Mining Pool', 'Stake', 'Liquidity'],
    paths: ['/connect', '/pool/join', '/claim', '/rewards', '/whitepaper'],
  },
  {
    kind: 'romance-investment',
    words: ['love', 'heart', 'match', 'sweet', 'date', 'soul', 'amour'],
    suffixes: ['chat', 'meet', 'link', 'club', 'connect', 'mate'],
    appNouns: ['Chat', 'Dating', 'Meet'],
    paths: ['/signup', '/chat', '/profile', '/gift', '/download'],
  },
  {
    kind: 'task-scam',
    words: ['task', 'like', 'review', 'order', 'mall', 'boost', 'rate'],
    suffixes: ['earn', 'job', 'work', 'pay', 'hub', 'plus'],
    appNouns: ['Tasks', 'Earn', 'Mall'],
    paths: ['/tasks', '/orders', '/withdraw', '/register', '/team'],
  },
] as const;

// prettier-ignore
export const PERSONAS = [
  'anna', 'lisa', 'mia', 'jenny', 'sophia', 'emily', 'grace', 'vivian', 'chloe', 'amy', 'kevin',
  'david', 'leo', 'max', 'eric', 'jason', 'helen', 'olivia', 'ivy', 'nina', 'ryan', 'sam',
] as const;

export const PERSONA_ROLES = [
  'Mentor',
  'Analyst',
  'Support',
  'Manager',
  'Teacher',
  'Assistant',
] as const;

export const ACCOUNT_PLATFORMS = [
  ['telegram', 40],
  ['whatsapp', 20],
  ['line', 10],
  ['wechat', 8],
  ['facebook', 12],
  ['instagram', 10],
] as const;
export type AccountPlatform = (typeof ACCOUNT_PLATFORMS)[number][0];

export const PLATFORM_NAMES: Record<AccountPlatform, string> = {
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  line: 'LINE',
  wechat: 'WeChat',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

/** Generic mail providers of the demo world: all reserved TLDs. */
export const FREEMAIL_DOMAINS = [
  'freemail-demo.example',
  'inbox-fictional.test',
  'mailbox.invalid',
];
export const MAIL_LOCAL_PARTS = ['support', 'service', 'cs', 'vip', 'kefu', 'help', 'invest'];

/** Fictitious registrars of the demo world. */
export const REGISTRARS = [
  'Demo Registrar One (fictitious)',
  'Example Names Ltd (fictitious)',
  'Test Domains Inc (fictitious)',
  'Invalid Registry Services (fictitious)',
] as const;

/** Where victims live, how often they appear, their currency, and a fixed USD rate for it. */
// prettier-ignore
export const VICTIM_COUNTRIES = [
  ['US', 30, 'USD'], ['CN', 6, 'CNY'], ['GB', 8, 'GBP'], ['AU', 6, 'AUD'], ['CA', 6, 'CAD'],
  ['SG', 5, 'SGD'], ['HK', 5, 'HKD'], ['TW', 5, 'TWD'], ['MY', 5, 'MYR'], ['IN', 5, 'INR'],
  ['JP', 4, 'JPY'], ['TH', 4, 'THB'], ['DE', 4, 'EUR'], ['KR', 3, 'KRW'], ['NZ', 2, 'NZD'],
  ['CH', 1, 'CHF'],
] as const;

// prettier-ignore
export const USD_PER_UNIT: Record<string, number> = {
  USD: 1, CNY: 0.14, GBP: 1.27, AUD: 0.66, CAD: 0.74, SGD: 0.74, HKD: 0.128, TWD: 0.031,
  MYR: 0.22, INR: 0.012, JPY: 0.0068, THB: 0.028, EUR: 1.08, KRW: 0.00075, NZD: 0.6, CHF: 1.12,
};

/** Currencies written without decimals. */
export const WHOLE_CURRENCIES = new Set(['JPY', 'KRW', 'TWD']);
