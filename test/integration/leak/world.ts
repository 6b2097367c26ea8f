// Generated worlds for the leak test: four organisations, their sources, and CSV submissions at every TLP
// that often assert the same values and links as each other (fictitious values only, SPEC §5).
import fc from 'fast-check';
import { toChecksumAddress } from '../../../server/indicators/wallet-evm.js';
import type { Tlp } from '../../../server/model.js';

export const ORGS = ['local', 'org-a', 'org-b', 'org-c'] as const;
export type OrgKey = (typeof ORGS)[number];
export const ROLES = ['admin', 'analyst', 'partner', 'viewer'] as const;
export type RoleName = (typeof ROLES)[number];
export const TLPS: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];
export const COUNTRIES = ['MM', 'KH', 'LA'] as const;

/** The account of an organisation's role, e.g. `org-a-analyst`. */
export const accountOf = (org: OrgKey, role: RoleName) => `${org}-${role}`;

/** Who submitted, at which TLP, shared with whom (AMBER) or meant for whom (RED). */
export interface Scope {
  tlp: Tlp;
  org: OrgKey;
  /** AMBER: org keys or `community`. */
  sharedWith: string[];
  /** RED: org keys or `user:<account>`. */
  recipients: string[];
}

/** One CSV row: pool indices of its cells, how the values are spelled, whether it carries a comment. */
export interface RowSpec {
  shape: 'domain' | 'url' | 'wallet' | 'phone' | 'compound';
  domain?: number;
  url?: number;
  wallet?: number;
  phone?: number;
  compound?: number;
  /** 0: canonical; 1: upper case; 2: capitalised (domains, compound names); wallets 1: lower case. */
  spell: number;
  compoundSpell: number;
  comment: boolean;
}

export interface SubmissionSpec {
  scope: Scope;
  confidence: number;
  /** Minutes after 2021-01-01T00:00Z: the first/last seen of everything this source says. */
  minute: number;
  rows: RowSpec[];
}

export interface WorldSpec {
  tag: string;
  pools: { domain: number; url: number; wallet: number; phone: number; compound: number };
  compoundCountry: number[];
  walletHex: string[];
  phoneSuffix: number[];
  submissions: SubmissionSpec[];
}

const POOL_MAX = { domain: 5, url: 2, wallet: 4, phone: 3, compound: 3 };

function scopeArb(): fc.Arbitrary<Scope> {
  const others = (org: OrgKey) => ORGS.filter((o) => o !== org);
  return fc
    .record({
      tlp: fc.constantFrom(...TLPS),
      org: fc.constantFrom(...ORGS),
      shareMode: fc.constantFrom('none', 'some', 'community'),
      pick: fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }),
      users: fc.array(fc.tuple(fc.nat(2), fc.nat(3)), { maxLength: 2 }),
    })
    .map(({ tlp, org, shareMode, pick, users }) => {
      const others3 = others(org);
      const chosen = [...new Set(pick.map((i) => others3[i % others3.length]!))];
      const sharedWith =
        tlp !== 'AMBER' || shareMode === 'none'
          ? []
          : shareMode === 'community'
            ? ['community']
            : chosen;
      const recipients =
        tlp !== 'RED'
          ? []
          : [
              ...(shareMode === 'none' ? [] : chosen),
              ...users.map(([o, r]) => `user:${accountOf(others3[o]!, ROLES[r]!)}`),
            ];
      return { tlp, org, sharedWith, recipients: [...new Set(recipients)] };
    });
}

function rowArb(pools: WorldSpec['pools']): fc.Arbitrary<RowSpec> {
  const idx = (n: number) =>
    n > 0 ? fc.option(fc.nat(n - 1), { nil: undefined }) : fc.constant(undefined);
  const common = { spell: fc.nat(2), compoundSpell: fc.nat(2), comment: fc.boolean() };
  const shapes: fc.Arbitrary<RowSpec>[] = [
    fc.record({
      shape: fc.constant('domain' as const),
      domain: fc.nat(pools.domain - 1),
      wallet: idx(pools.wallet),
      phone: idx(pools.phone),
      compound: idx(pools.compound),
      ...common,
    }),
    fc.record({
      shape: fc.constant('wallet' as const),
      wallet: fc.nat(pools.wallet - 1),
      compound: idx(pools.compound),
      ...common,
    }),
    fc.record({
      shape: fc.constant('phone' as const),
      phone: fc.nat(pools.phone - 1),
      compound: idx(pools.compound),
      ...common,
    }),
    fc.record({
      shape: fc.constant('compound' as const),
      compound: fc.nat(pools.compound - 1),
      ...common,
    }),
  ];
  if (pools.url > 0)
    shapes.push(
      fc.record({
        shape: fc.constant('url' as const),
        url: fc.nat(pools.url - 1),
        compound: idx(pools.compound),
        ...common,
      }),
    );
  // Domain rows (the ones with links) twice as likely as each other shape.
  return fc.oneof(shapes[0]!, ...shapes);
}

/** A world: small pools of values, so that several sources at different TLPs assert the same ones. */
export function worldArb(sizes: {
  minSubmissions: number;
  maxSubmissions: number;
}): fc.Arbitrary<WorldSpec> {
  return fc
    .record({
      tag: fc.stringMatching(/^[a-z]{5}$/),
      pools: fc.record({
        domain: fc.integer({ min: 2, max: POOL_MAX.domain }),
        url: fc.integer({ min: 0, max: POOL_MAX.url }),
        wallet: fc.integer({ min: 1, max: POOL_MAX.wallet }),
        phone: fc.integer({ min: 1, max: POOL_MAX.phone }),
        compound: fc.integer({ min: 1, max: POOL_MAX.compound }),
      }),
      compoundCountry: fc.array(fc.nat(COUNTRIES.length - 1), {
        minLength: POOL_MAX.compound,
        maxLength: POOL_MAX.compound,
      }),
      walletHex: fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{40}$/), {
        minLength: POOL_MAX.wallet + 1,
        maxLength: POOL_MAX.wallet + 1,
      }),
      phoneSuffix: fc.uniqueArray(fc.nat(999), {
        minLength: POOL_MAX.phone + 1,
        maxLength: POOL_MAX.phone + 1,
      }),
      minutes: fc.uniqueArray(fc.nat(2 * 365 * 24 * 60), {
        minLength: sizes.maxSubmissions,
        maxLength: sizes.maxSubmissions,
      }),
      count: fc.integer({ min: sizes.minSubmissions, max: sizes.maxSubmissions }),
    })
    .chain((w) =>
      fc
        .array(
          fc.record({
            scope: scopeArb(),
            confidence: fc.integer({ min: 5, max: 99 }),
            rows: fc.array(rowArb(w.pools), { minLength: 1, maxLength: 4 }),
          }),
          { minLength: w.count, maxLength: w.count },
        )
        .map((subs) => ({
          tag: `lk${w.tag}`,
          pools: w.pools,
          compoundCountry: w.compoundCountry,
          walletHex: w.walletHex,
          phoneSuffix: w.phoneSuffix,
          submissions: subs.map((s, i) => ({ ...s, minute: w.minutes[i]! })),
        })),
    );
}

// ---- Concrete values -------------------------------------------------------------------------------

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface ValueNames {
  domain: (i: number) => string;
  /** The registrable domain that the odd-numbered domains are hostnames of (never stored itself). */
  registrable: string;
  urlHost: (i: number) => string;
  url: (i: number) => string;
  wallet: (i: number) => string;
  phone: (i: number) => string;
  compoundName: (i: number) => string;
  compoundCountry: (i: number) => string;
  sourceName: (s: number) => string;
  comment: (s: number, r: number) => string;
  date: (s: number) => string;
  /** Values of each kind that no submission names (the "never seen" twins). */
  never: { domain: string; url: string; wallet: string; phone: string; compound: string };
}

/** Phone numbers in ranges reserved for fiction: +44 7700 900xxx and +61 491 570 xxx. */
function phoneOf(suffix: number, i: number): string {
  const s = String(suffix).padStart(3, '0');
  return i % 2 === 0 ? `+447700900${s}` : `+61491570${s}`;
}

export function valueNames(w: WorldSpec): ValueNames {
  const t = w.tag;
  return {
    // Odd-numbered domains are hostnames under one registrable domain (lookup's `hostnames`).
    domain: (i) => (i % 2 === 1 ? `h${i}.${t}-r.example` : `${t}-d${i}.example`),
    registrable: `${t}-r.example`,
    urlHost: (i) => `${t}-u${i}.example`,
    url: (i) => `https://${t}-u${i}.example/p${i}`,
    wallet: (i) => toChecksumAddress(`0x${w.walletHex[i]!}`),
    phone: (i) => phoneOf(w.phoneSuffix[i]!, i),
    compoundName: (i) => `Leak Park ${cap(t)}${i}`,
    compoundCountry: (i) => COUNTRIES[w.compoundCountry[i]!]!,
    sourceName: (s) => `Leak ${cap(t)} S${String(s).padStart(2, '0')}`,
    comment: (s, r) => `note ${t} s${s}r${r}`,
    date: (s) => new Date(Date.UTC(2021, 0, 1) + w.submissions[s]!.minute * 60_000).toISOString(),
    never: {
      domain: `${t}-never.example`,
      url: `https://${t}-never.example/p9`,
      wallet: toChecksumAddress(`0x${w.walletHex[POOL_MAX.wallet]!}`),
      phone: phoneOf(w.phoneSuffix[POOL_MAX.phone]!, 0),
      compound: `Never Park ${cap(t)}, MM`,
    },
  };
}

/** How a row spells each of its values (raw text as the CSV carries it). */
export function spelled(w: WorldSpec, names: ValueNames, row: RowSpec) {
  const variant = (text: string, spell: number) =>
    spell === 1 ? text.toUpperCase() : spell === 2 ? cap(text) : text;
  const compoundName =
    row.compound === undefined
      ? undefined
      : row.compoundSpell === 1
        ? names.compoundName(row.compound).toUpperCase()
        : row.compoundSpell === 2
          ? names.compoundName(row.compound).toLowerCase()
          : names.compoundName(row.compound);
  return {
    domain: row.domain === undefined ? undefined : variant(names.domain(row.domain), row.spell),
    url: row.url === undefined ? undefined : names.url(row.url),
    wallet:
      row.wallet === undefined
        ? undefined
        : row.spell === 1
          ? names.wallet(row.wallet).toLowerCase()
          : names.wallet(row.wallet),
    phone: row.phone === undefined ? undefined : names.phone(row.phone),
    compoundName,
    compound:
      row.compound === undefined
        ? undefined
        : `${compoundName}, ${names.compoundCountry(row.compound)}`,
  };
}

const CSV_HEADER = ['domain', 'url', 'wallet', 'phone', 'compound', 'comment'];

/** The CSV one submission sends: the first non-empty indicator column of a row is its main value. */
export function submissionCsv(w: WorldSpec, names: ValueNames, s: number): string {
  const lines = [CSV_HEADER.join(',')];
  w.submissions[s]!.rows.forEach((row, r) => {
    const v = spelled(w, names, row);
    const cells = [
      row.shape === 'domain' ? v.domain : undefined,
      v.url,
      v.wallet,
      v.phone,
      v.compound,
      row.comment ? names.comment(s, r) : undefined,
    ];
    lines.push(cells.map((c) => (c === undefined ? '' : `"${c}"`)).join(','));
  });
  return `${lines.join('\n')}\n`;
}
