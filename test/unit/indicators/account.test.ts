// Account normalization: Telegram/LINE/Facebook/Instagram links, platform prefixes, @handles.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/indicators/index.js';
import type { NormalizeOptions } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

describe('normalize(account)', () => {
  it.each<[string, NormalizeOptions | undefined, string]>([
    ['t.me/Scam_Support', undefined, 'telegram:scam_support'],
    ['https://t.me/s/scam_support', undefined, 'telegram:scam_support'],
    ['https://telegram.me/scam_support', undefined, 'telegram:scam_support'],
    ['https://t.me/scam_support/123', undefined, 'telegram:scam_support'],
    ['telegram:@Scam_Support', undefined, 'telegram:scam_support'],
    ['@Scam_Support', { platform: 'telegram' }, 'telegram:scam_support'],
    ['scam_support', { platform: 'Telegram' }, 'telegram:scam_support'],
    ['line:agent.mai', undefined, 'line:agent.mai'],
    ['https://line.me/ti/p/~Agent.Mai', undefined, 'line:agent.mai'],
    ['https://line.me/R/ti/p/@abc1234', undefined, 'line:@abc1234'],
    ['wechat:Invest_888', undefined, 'wechat:invest_888'],
    ['https://www.facebook.com/Crypto.Mentor.Lisa', undefined, 'facebook:crypto.mentor.lisa'],
    ['https://m.facebook.com/profile.php?id=100012345678', undefined, 'facebook:100012345678'],
    ['https://www.instagram.com/lisa.trades/', undefined, 'instagram:lisa.trades'],
    ['https://x.com/Lisa_Trades', undefined, 'twitter:lisa_trades'],
    ['https://www.tiktok.com/@lisa.trades', undefined, 'tiktok:lisa.trades'],
    ['whatsapp:+855 12 345 678', undefined, 'whatsapp:+85512345678'],
    ['whatsapp:85512345678', undefined, 'whatsapp:+85512345678'],
    ['whatsapp:012 345 678', { defaultRegion: 'KH' }, 'whatsapp:+85512345678'],
  ])('%s → %s', (input, opts, key) => {
    const a = accepted(normalize(input, 'account', opts));
    expect(a.kind).toBe('account');
    expect(a.key).toBe(key);
    expect(a.facts.platform).toBe(key.slice(0, key.indexOf(':')));
    expect(a.facts.handle).toBe(key.slice(key.indexOf(':') + 1));
  });

  it.each<[string, NormalizeOptions | undefined, string]>([
    ['@scam_support', undefined, 'MISSING_PLATFORM'],
    ['scam_support', undefined, 'INVALID_ACCOUNT'],
    ['@abc', { platform: 'telegram' }, 'INVALID_ACCOUNT'],
    ['telegram:has-dash', undefined, 'INVALID_ACCOUNT'],
    [`telegram:${'a'.repeat(33)}`, undefined, 'INVALID_ACCOUNT'],
    ['https://t.me/joinchat/AAAAAEHbbbbCCCC', undefined, 'INVALID_ACCOUNT'],
    ['https://t.me/+AbCdEf123', undefined, 'INVALID_ACCOUNT'],
    ['https://www.facebook.com/groups/123456', undefined, 'INVALID_ACCOUNT'],
    ['https://www.instagram.com/p/Cx1234/', undefined, 'INVALID_ACCOUNT'],
    ['@someone', { platform: 'myspace' }, 'INVALID_ACCOUNT'],
    ['whatsapp:+1 234', undefined, 'INVALID_ACCOUNT'],
  ])('rejects %s with %s', (input, opts, reason) => {
    expect(rejected(normalize(input, 'account', opts))).toBe(reason);
  });
});
