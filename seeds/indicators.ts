// Factories for the demo's indicator nodes (domains, URLs, apps, wallets, phones, accounts, emails, IPs).
import { CHAIN_ASSET, addressFor, type Chain } from './wallet-address.js';
import type { Emitter, Ref } from './emitter.js';
import { docIpv6, fictionPhones, shuffledIpv4, type FictionPhone } from './fiction-ranges.js';
import { hexTag, scramble24, type Rng } from './prng.js';
import { DAY, clampTime, iso, type Window } from './time.js';
import {
  ACCOUNT_PLATFORMS,
  FREEMAIL_DOMAINS,
  MAIL_LOCAL_PARTS,
  PERSONA_ROLES,
  PERSONAS,
  PLATFORM_NAMES,
  REGISTRARS,
  type AccountPlatform,
  type Theme,
} from './vocabulary.js';

const TLD_WEIGHTS = [
  ['example', 60],
  ['test', 25],
  ['invalid', 15],
] as const;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Issues unique indicator values and emits their nodes. Holds only counters and the phone/IP pools. */
export class IndicatorFactory {
  private readonly counters = { domain: 0, app: 0, account: 0, email: 0, ipv6: 0 };
  private readonly phonePool: readonly FictionPhone[];
  private readonly phoneOrder: number[];
  private readonly issuedPhones: Ref[] = [];
  private readonly ipv4: string[];

  constructor(
    private readonly rng: Rng,
    private readonly out: Emitter,
    private readonly salt: number,
  ) {
    this.phonePool = fictionPhones();
    this.phoneOrder = rng.shuffle(this.phonePool.map((_, i) => i));
    this.ipv4 = shuffledIpv4(rng);
  }

  domain(theme: Theme, window: Window): Ref {
    const w1 = this.rng.pick(theme.words);
    const w2 = this.rng.pick(theme.suffixes);
    const tag = hexTag(this.counters.domain++, this.salt ^ 0x11);
    const tld = this.rng.weighted(TLD_WEIGHTS);
    const label = this.rng.chance(0.5) ? `${w1}${w2}-${tag}` : `${w1}-${w2}-${tag}`;
    const key = `${label}.${tld}`;
    return this.out.node('Domain', key, {
      window,
      props: {
        registrable: key,
        tld,
        registrar: this.rng.pick(REGISTRARS),
        created: iso(clampTime(window.from - this.rng.int(1, 30) * DAY)),
      },
    });
  }

  /** URLs are unique per domain; callers pass distinct paths. */
  url(domain: Ref, path: string, window: Window): Ref {
    const host = domain.id.slice(domain.id.indexOf(':') + 1);
    const query =
      path === '/register' || path === '/invite' ? `?code=${this.rng.int(100000, 999999)}` : '';
    const key = `https://${host}${path}${query}`;
    return this.out.node('Url', key, { window, props: { domain: host } });
  }

  app(theme: Theme, window: Window, developer: string | null): Ref {
    const w1 = this.rng.pick(theme.words);
    const w2 = this.rng.pick(theme.suffixes);
    const n = this.counters.app++;
    const name = `${capitalize(w1)}${capitalize(w2)} ${this.rng.pick(theme.appNouns)} (fictitious)`;
    const android = this.rng.chance(0.65);
    const key = android
      ? `com.example.${w1}${w2}${hexTag(n, this.salt ^ 0x22)}`
      : `ios:${this.rng.chance(0.5) ? 1_000_000_000 + scramble24(n, this.salt) * 16 : 100_000_000 + scramble24(n, this.salt) * 16}`;
    return this.out.node('App', key, {
      window,
      props: {
        name,
        store: android ? 'google_play' : 'app_store',
        platform: android ? 'android' : 'ios',
        developer,
      },
    });
  }

  /** A wallet; `role` (deposit, collector, consolidation, exchange…) is what its sources say it is for. */
  wallet(chain: Chain, window: Window, role?: string): Ref {
    const address = addressFor(chain, this.rng.bytes(20));
    return this.out.node('Wallet', `${chain}:${address}`, {
      window,
      display: address,
      props: { chain, address, asset: CHAIN_ASSET[chain], ...(role ? { walletRole: role } : {}) },
    });
  }

  /** A fresh fiction-range phone, or (once the few thousand are used up) one issued before. */
  phone(window: Window): { ref: Ref; fresh: boolean } {
    const next = this.phoneOrder[this.issuedPhones.length];
    if (next === undefined) return { ref: this.rng.pick(this.issuedPhones), fresh: false };
    const p = this.phonePool[next] as FictionPhone;
    const ref = this.out.node('Phone', p.e164, {
      window,
      display: p.display,
      props: { country: p.country, valid: p.valid, lineType: p.lineType },
    });
    this.issuedPhones.push(ref);
    return { ref, fresh: true };
  }

  account(theme: Theme, window: Window): Ref {
    let platform: AccountPlatform = this.rng.weighted(ACCOUNT_PLATFORMS);
    // WhatsApp accounts are keyed by their E.164 number (as the normalizer keys them), drawn from the
    // fiction pool from its far end; once that runs out, the persona moves to Telegram.
    if (platform === 'whatsapp' && this.whatsappIssued >= this.phonePool.length)
      platform = 'telegram';
    const persona = this.rng.pick(PERSONAS);
    const word = this.rng.pick(theme.words);
    const tag = hexTag(this.counters.account++, this.salt ^ 0x33);
    const handle = {
      telegram: `${persona}_${word}_${tag}`,
      whatsapp: platform === 'whatsapp' ? this.whatsappNumber() : '',
      line: `${persona}${tag}`,
      wechat: `${persona}_${tag}`,
      facebook: `${persona}.${word}.${tag}`,
      instagram: `${persona}_${word}.${tag}`,
    }[platform];
    const personaName = `${this.rng.pick(PERSONA_ROLES)} ${capitalize(persona)} (fictitious)`;
    return this.out.node('Account', `${platform}:${handle}`, {
      window,
      display: `@${handle} (${PLATFORM_NAMES[platform]})`,
      props: { platform, handle, persona: personaName },
    });
  }

  private whatsappIssued = 0;

  private whatsappNumber(): string {
    const index = this.phoneOrder[this.phoneOrder.length - 1 - this.whatsappIssued++] as number;
    return (this.phonePool[index] as FictionPhone).e164;
  }

  /** A mailbox on a campaign domain (`local` distinct per domain) or on a demo freemail provider. */
  email(window: Window, onDomain?: { host: string; local: string }): Ref {
    const key = onDomain
      ? `${onDomain.local}@${onDomain.host}`
      : `${this.rng.pick(PERSONAS)}.${this.rng.pick(MAIL_LOCAL_PARTS)}${hexTag(this.counters.email++, this.salt ^ 0x44)}@${this.rng.pick(FREEMAIL_DOMAINS)}`;
    return this.out.node('Email', key, {
      window,
      props: { domain: key.slice(key.indexOf('@') + 1) },
    });
  }

  /** An IPv4 documentation address while they last, then IPv6 in 2001:db8::/32. */
  ip(window: Window): Ref {
    const v4 = this.ipv4.pop();
    const key =
      v4 ??
      docIpv6(
        scramble24(this.counters.ipv6++, this.salt ^ 0x55) * 256 + this.rng.int(0, 255),
        this.rng.int(1, 0xffff),
      );
    return this.out.node('IpAddress', key, { window, props: { version: v4 ? 4 : 6 } });
  }
}
