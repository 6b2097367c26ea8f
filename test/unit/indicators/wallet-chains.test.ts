// Every chain users meet: validity by library, shared shapes, chain-mismatch warnings, hash skips.
// Addresses are public test vectors of @ensdomains/address-encoder (its src/coin/*.test.ts), of
// BIP-173 / EIP-55, or well-known public addresses; broken ones differ from them by one character.
import {
  encodeBnbAddress,
  encodeDashAddress,
  encodeDogeAddress,
  encodeKsmAddress,
  encodeXlmAddress,
  encodeZecAddress,
  encodeZilAddress,
} from '@ensdomains/address-encoder/coders';
import {
  createDotAddressEncoder,
  encodeBchAddressWithVersion,
} from '@ensdomains/address-encoder/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chainOfAsset,
  CHAINS,
  detect,
  normalize,
  normalizeWallet,
} from '../../../server/indicators/index.js';
import type { NormalizeResult } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

const ETH_USDT = '0xdAC17F958D2ee523a2206206994597C13D831ec7';

/** [input, asset hint or undefined, key, type fact or undefined]. */
const VALID: [string, string | undefined, string, string?][] = [
  // Bitcoin Cash: cashaddr with and without its prefix, any case; legacy only when hinted.
  [
    'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a',
    undefined,
    'bch:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a',
    'p2pkh',
  ],
  [
    'QPM2QSZNHKS23Z7629MMS6S4CWEF74VCWVY22GDX6A',
    undefined,
    'bch:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a',
    'p2pkh',
  ],
  [
    '3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC',
    'Bitcoin Cash',
    'bch:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq',
    'p2sh',
  ],
  [
    'bch:1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu',
    undefined,
    'bch:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a',
    'p2pkh',
  ],
  // Dogecoin (P2PKH D…, P2SH A…), Dash (X…, 7…), Zcash (t1, t3, Sapling), Bitcoin Gold, Verge.
  [
    'DBXu2kgc3xtvCUWFcxFE3r9hEYgmuaaCyD',
    undefined,
    'doge:DBXu2kgc3xtvCUWFcxFE3r9hEYgmuaaCyD',
    'p2pkh',
  ],
  [
    'dogecoin:AF8ekvSf6eiSBRspJjnfzK6d1EM6pnPq3G',
    undefined,
    'doge:AF8ekvSf6eiSBRspJjnfzK6d1EM6pnPq3G',
    'p2sh',
  ],
  [
    'XtAG1982HcYJVibHxRZrBmdzL5YTzj4cA1',
    undefined,
    'dash:XtAG1982HcYJVibHxRZrBmdzL5YTzj4cA1',
    'p2pkh',
  ],
  ['7gks9gWVmGeir7m4MhsSxMzXC2eXXAuuRD', 'DASH', 'dash:7gks9gWVmGeir7m4MhsSxMzXC2eXXAuuRD', 'p2sh'],
  [
    't1b2ArRwLq6KbdJFzJVYPxgUVT1d9QuBzTf',
    undefined,
    'zec:t1b2ArRwLq6KbdJFzJVYPxgUVT1d9QuBzTf',
    'p2pkh',
  ],
  [
    'zcash:t3Vz22vK5z2LcKEdg16Yv4FFneEL1zg9ojd',
    undefined,
    'zec:t3Vz22vK5z2LcKEdg16Yv4FFneEL1zg9ojd',
    'p2sh',
  ],
  [
    'zs1wkejr23wqa9ptpvv73ch3wr96lh8gnyx3689skmyttljy4nyfj69eyclukwkxrhr3rrkgxvnur0',
    undefined,
    'zec:zs1wkejr23wqa9ptpvv73ch3wr96lh8gnyx3689skmyttljy4nyfj69eyclukwkxrhr3rrkgxvnur0',
    'sapling',
  ],
  [
    'GT7Hz8QWPNmrZ9Z1mEgpYKN7Jdp97eoQjN',
    undefined,
    'btg:GT7Hz8QWPNmrZ9Z1mEgpYKN7Jdp97eoQjN',
    'p2pkh',
  ],
  [
    'BTG1ZW508D6QEJXTDG4Y5R3ZARVARYV2EET8G',
    undefined,
    'btg:btg1zw508d6qejxtdg4y5r3zarvaryv2eet8g',
    'segwit',
  ],
  [
    'D7MKQnLxXEqn84PN42jWAVhvrXEuULLV9r',
    'verge',
    'xvg:D7MKQnLxXEqn84PN42jWAVhvrXEuULLV9r',
    'p2pkh',
  ],
  // Stellar, Cardano (Byron Ae2…/DdzFF…, Shelley addr1…), Kusama, generic SS58, Polkadot.
  [
    'GAI3GJ2Q3B35AOZJ36C4ANE3HSS4NK7WI6DNO4ZSHRAX6NG7BMX6VJER',
    undefined,
    'xlm:GAI3GJ2Q3B35AOZJ36C4ANE3HSS4NK7WI6DNO4ZSHRAX6NG7BMX6VJER',
  ],
  [
    'stellar:gai3gj2q3b35aozj36c4ane3hss4nk7wi6dno4zshrax6ng7bmx6vjer',
    undefined,
    'xlm:GAI3GJ2Q3B35AOZJ36C4ANE3HSS4NK7WI6DNO4ZSHRAX6NG7BMX6VJER',
  ],
  [
    'Ae2tdPwUPEZFRbyhz3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi',
    undefined,
    'ada:Ae2tdPwUPEZFRbyhz3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi',
    'byron',
  ],
  [
    'DdzFFzCqrhsiMfvZtvTgqbR5jT4UAMEwJCT2bBvWSTiN736tSSxhnhHbmJYUhTiuZGgojfi3jizinGRVUdBF9QHgWHi11nEVpwK36gC9',
    'cardano',
    'ada:DdzFFzCqrhsiMfvZtvTgqbR5jT4UAMEwJCT2bBvWSTiN736tSSxhnhHbmJYUhTiuZGgojfi3jizinGRVUdBF9QHgWHi11nEVpwK36gC9',
    'byron',
  ],
  [
    'addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x',
    undefined,
    'ada:addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x',
    'shelley',
  ],
  [
    'addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8',
    'ADA',
    'ada:addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8',
    'shelley',
  ],
  [
    'CpjsLDC1JFyrhm3ftC9Gs4QoyrkHKhZKtK7YqGTRFtTafgp',
    undefined,
    'ksm:CpjsLDC1JFyrhm3ftC9Gs4QoyrkHKhZKtK7YqGTRFtTafgp',
  ],
  [
    'kusama:DDioZ6gLeKMc5xUCeSXRHZ5U43MH1Tsrmh8T3Gcg9Vxr6DY',
    undefined,
    'ksm:DDioZ6gLeKMc5xUCeSXRHZ5U43MH1Tsrmh8T3Gcg9Vxr6DY',
  ],
  // Alice's well-known development key under the generic Substrate prefix 42.
  [
    '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    undefined,
    'ss58:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
  ],
  [
    '1FRMM8PEiWXYax7rpS6X4XZX1aAAxSWx1CrKTyrVYhV24fg',
    'polkadot',
    'dot:1FRMM8PEiWXYax7rpS6X4XZX1aAAxSWx1CrKTyrVYhV24fg',
  ],
  // BNB Beacon (BEP-2), NEO (legacy A…), Zilliqa (bech32 and its older hex form), Waves.
  [
    'bnb1grpf0955h0ykzq3ar5nmum7y6gdfl6lxfn46h2',
    undefined,
    'bnb:bnb1grpf0955h0ykzq3ar5nmum7y6gdfl6lxfn46h2',
  ],
  ['AXaXZjZGA3qhQRTCsyG5uFKr9HeShgVhTF', undefined, 'neo:AXaXZjZGA3qhQRTCsyG5uFKr9HeShgVhTF'],
  [
    'zil139tkqvc8rw92e6jrs40gawwc3mmdmmauv3x3yz',
    undefined,
    'zil:zil139tkqvc8rw92e6jrs40gawwc3mmdmmauv3x3yz',
  ],
  [
    '0x89576033071b8aacea43855e8eb9d88ef6ddefbc',
    'ZIL',
    'zil:zil139tkqvc8rw92e6jrs40gawwc3mmdmmauv3x3yz',
  ],
  ['3PAP3wkgbGjdd1FuBLn9ajXvo6edBMCa115', undefined, 'waves:3PAP3wkgbGjdd1FuBLn9ajXvo6edBMCa115'],
  // The chains that were there before keep their keys.
  [
    '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    undefined,
    'btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    'p2pkh',
  ],
  [ETH_USDT, undefined, `eth:${ETH_USDT}`],
  [`arbitrum:${ETH_USDT}`, undefined, `eth:${ETH_USDT}`],
  ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', undefined, 'tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
  [
    'ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea',
    'litecoin',
    'ltc:ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea',
    'p2wpkh',
  ],
  ['rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', undefined, 'xrp:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh'],
  [
    '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
    undefined,
    'xmr:44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
    'standard',
  ],
  [
    'So11111111111111111111111111111111111111112',
    'SOL',
    'sol:So11111111111111111111111111111111111111112',
  ],
];

/** One character changed in a valid address of each chain: [input, asset hint or undefined]. */
const BROKEN: [string, string | undefined][] = [
  ['qpm2qsznhks24z7629mms6s4cwef74vcwvy22gdx6a', undefined],
  ['1BpEi6DfDAUFe7GtittLSdBeYJvcoaVggu', 'BCH'],
  ['DBXu2kgc3xtvDUWFcxFE3r9hEYgmuaaCyD', undefined],
  ['D7MKQnLxXEqn94PN42jWAVhvrXEuULLV9r', 'XVG'],
  ['XtAG1982HcYJWibHxRZrBmdzL5YTzj4cA1', undefined],
  ['t1b2ArRwLq6KcdJFzJVYPxgUVT1d9QuBzTf', undefined],
  ['GT7Hz8QWPNmrY9Z1mEgpYKN7Jdp97eoQjN', undefined],
  ['btg1zw508d6qfjxtdg4y5r3zarvaryv2eet8g', undefined],
  ['GAI3GJ2Q3B35BOZJ36C4ANE3HSS4NK7WI6DNO4ZSHRAX6NG7BMX6VJER', undefined],
  ['Ae2tdPwUPEZFSbyhz3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi', undefined],
  [
    'addr1qx2fxv2vmyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x',
    undefined,
  ],
  ['CpjsLDC1JFyrim3ftC9Gs4QoyrkHKhZKtK7YqGTRFtTafgp', undefined],
  ['5GrwvaEF5zXb36Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', undefined],
  ['bnb1grpf0955h0ykzq3as5nmum7y6gdfl6lxfn46h2', undefined],
  ['AXaXZjZGA3qhRRTCsyG5uFKr9HeShgVhTF', 'NEO'],
  ['zil139tkqvc8sw92e6jrs40gawwc3mmdmmauv3x3yz', undefined],
  ['3PAP3wkgbGjde1FuBLn9ajXvo6edBMCa115', 'WAVES'],
];

function skipOf(result: NormalizeResult): string | undefined {
  if (result.ok) expect.fail(`expected a skip, got ${result.indicator.key}`);
  return result.skip;
}

describe('wallets on every chain', () => {
  it.each(VALID)('%s (asset %s) → %s', (input, asset, key, type) => {
    const w = accepted(normalize(input, 'wallet', asset ? { asset } : undefined));
    expect(w.key).toBe(key);
    expect(w.warnings).toBeUndefined();
    const chain = key.slice(0, key.indexOf(':'));
    expect(w.facts.chain).toBe(chain);
    expect(CHAINS).toContain(chain);
    if (type) expect(w.facts.type).toBe(type);
    // The key is a fixed point, and detect() reads it back as the same wallet.
    expect(accepted(normalize(key, 'wallet')).key).toBe(key);
    const found = accepted(detect(key));
    expect(`${found.kind} ${found.key}`).toBe(`wallet ${key}`);
  });

  it.each(BROKEN)('rejects %s (asset %s) with BAD_CHECKSUM', (input, asset) => {
    expect(rejected(normalize(input, 'wallet', asset ? { asset } : undefined))).toBe(
      'BAD_CHECKSUM',
    );
  });

  it('keeps the network prefix of a generic SS58 address and the legacy form of a BCH one', () => {
    const ss58 = accepted(normalize('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 'wallet'));
    expect(ss58.facts.ss58_prefix).toBe(42);
    const bch = accepted(
      normalize('1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu', 'wallet', { asset: 'BCH' }),
    );
    expect(bch.facts.legacy).toBe('1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu');
  });
});

describe('shapes several chains share', () => {
  it.each([
    // Legacy BCH is Bitcoin-shaped: BTC unless hinted.
    ['1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu', undefined, 'btc:1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu'],
    ['1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu', 'BCH', 'bch:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a'],
    // Dogecoin and Verge share version 0x1e: DOGE unless hinted.
    ['D7MKQnLxXEqn84PN42jWAVhvrXEuULLV9r', undefined, 'doge:D7MKQnLxXEqn84PN42jWAVhvrXEuULLV9r'],
    ['D7MKQnLxXEqn84PN42jWAVhvrXEuULLV9r', 'XVG', 'xvg:D7MKQnLxXEqn84PN42jWAVhvrXEuULLV9r'],
    // NEO and Bitcoin Gold P2SH share version 0x17: NEO unless hinted.
    ['AQRA16uKrFpxzR17yidYtJDn2t287dc1XY', undefined, 'neo:AQRA16uKrFpxzR17yidYtJDn2t287dc1XY'],
    ['AQRA16uKrFpxzR17yidYtJDn2t287dc1XY', 'BTG', 'btg:AQRA16uKrFpxzR17yidYtJDn2t287dc1XY'],
    // BNB: BSC (0x…) and Beacon (bnb1…) both, without a warning.
    [ETH_USDT, 'BNB', `eth:${ETH_USDT}`],
    [
      'bnb1grpf0955h0ykzq3ar5nmum7y6gdfl6lxfn46h2',
      'BNB',
      'bnb:bnb1grpf0955h0ykzq3ar5nmum7y6gdfl6lxfn46h2',
    ],
  ])('%s with asset %s → %s', (input, asset, key) => {
    const w = accepted(normalize(input, 'wallet', asset ? { asset } : undefined));
    expect(w.key).toBe(key);
    expect(w.warnings).toBeUndefined();
  });

  it('takes the SS58 network a generic ss58: prefix holds without a warning', () => {
    const w = accepted(normalize('ss58:1FRMM8PEiWXYax7rpS6X4XZX1aAAxSWx1CrKTyrVYhV24fg', 'wallet'));
    expect(w.key).toBe('dot:1FRMM8PEiWXYax7rpS6X4XZX1aAAxSWx1CrKTyrVYhV24fg');
    expect(w.warnings).toBeUndefined();
  });
});

describe('an address valid on another chain than its source states', () => {
  it.each([
    [ETH_USDT, { asset: 'USDT-TRC20' }, `eth:${ETH_USDT}`, 'TRON'],
    [`tron:${ETH_USDT}`, undefined, `eth:${ETH_USDT}`, 'TRON'],
    [
      'qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a',
      { asset: 'bitcoin_address' },
      'bch:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a',
      'Bitcoin',
    ],
    [
      'XtAG1982HcYJVibHxRZrBmdzL5YTzj4cA1',
      { asset: 'DOGE' },
      'dash:XtAG1982HcYJVibHxRZrBmdzL5YTzj4cA1',
      'Dogecoin',
    ],
    [
      'bitcoin:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      undefined,
      'tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
      'Bitcoin',
    ],
    [
      'CpjsLDC1JFyrhm3ftC9Gs4QoyrkHKhZKtK7YqGTRFtTafgp',
      { asset: 'DOT' },
      'ksm:CpjsLDC1JFyrhm3ftC9Gs4QoyrkHKhZKtK7YqGTRFtTafgp',
      'Polkadot',
    ],
  ])('%s (%o) is kept as %s with a CHAIN_MISMATCH warning', (input, opts, key, stated) => {
    const w = accepted(normalize(input, 'wallet', opts));
    expect(w.key).toBe(key);
    expect(w.warnings).toHaveLength(1);
    expect(w.warnings?.[0]?.reason).toBe('CHAIN_MISMATCH');
    expect(w.warnings?.[0]?.message).toContain(`stated as ${stated}`);
    expect(w.warnings?.[0]?.message).toContain(`kept as ${key.slice(0, key.indexOf(':'))}`);
    if (opts?.asset) expect(w.facts.asset).toBe(opts.asset.toUpperCase());
  });

  it('still rejects an address valid on no chain, with the stated chain’s reason', () => {
    expect(
      rejected(normalize('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', 'wallet', { asset: 'USDT-TRC20' })),
    ).toBe('BAD_CHECKSUM');
    expect(rejected(normalize('xlm:GAI3GJ2Q3B35AOZJ', 'wallet'))).toBe('INVALID_WALLET');
  });
});

describe('hex digests are hashes, not wallets', () => {
  const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
  const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
  const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

  it.each([
    [MD5, 'hash:md5'],
    [SHA1, 'hash:sha1'],
    [SHA256, 'hash:sha256'],
    [SHA256.toUpperCase(), 'hash:sha256'],
    [SHA256 + SHA256, 'hash:sha512'],
  ])('%s is skipped as %s by normalize(wallet) and detect()', (input, skip) => {
    expect(skipOf(normalize(input, 'wallet'))).toBe(skip);
    expect(skipOf(normalizeWallet(input, { asset: 'BTC' }))).toBe(skip);
    expect(skipOf(detect(input))).toBe(skip);
  });

  it('never reports a hash as a wallet with a bad checksum, whatever the hint', () => {
    for (const asset of ['USDT-TRC20', 'ETH', 'SOL', undefined]) {
      const r = normalize(SHA256, 'wallet', { asset });
      expect(r.ok === false && r.reason).not.toBe('BAD_CHECKSUM');
      expect(r.ok === false && r.skip).toBe('hash:sha256');
    }
  });

  it.each([
    ['dac17f958d2ee523a2206206994597c13d831ec7', { asset: 'USDT-ERC20' }],
    ['dac17f958d2ee523a2206206994597c13d831ec7', { asset: 'ETH' }],
    ['eth:dac17f958d2ee523a2206206994597c13d831ec7', undefined],
  ])('40 hex digits %s with an EVM hint are an ETH address missing its 0x', (input, opts) => {
    expect(accepted(normalize(input, 'wallet', opts)).key).toBe(`eth:${ETH_USDT}`);
    expect(accepted(detect(input, opts)).key).toBe(`eth:${ETH_USDT}`);
  });
});

describe('chainOfAsset', () => {
  it.each([
    ['DOGE', 'doge'],
    ['dogecoin_address', 'doge'],
    ['BCH', 'bch'],
    ['bitcoincash', 'bch'],
    ['Bitcoin Cash', 'bch'],
    ['bitcoin_cash_address', 'bch'],
    ['bitcoin_address', 'btc'],
    ['ethereum_address', 'eth'],
    ['USDT-TRC20', 'tron'],
    ['USDT_ERC-20', 'eth'],
    ['BEP20', 'eth'],
    ['BNB', 'eth'],
    ['BNB Beacon Chain', 'bnb'],
    ['Binance Smart Chain', 'eth'],
    ['ADA', 'ada'],
    ['cardano', 'ada'],
    ['stellar', 'xlm'],
    ['XLM', 'xlm'],
    ['KSM', 'ksm'],
    ['kusama', 'ksm'],
    ['substrate', 'ss58'],
    ['polkadot', 'dot'],
    ['DASH', 'dash'],
    ['zcash', 'zec'],
    ['Bitcoin Gold', 'btg'],
    ['verge', 'xvg'],
    ['NEO', 'neo'],
    ['zilliqa', 'zil'],
    ['WAVES', 'waves'],
    ['monero', 'xmr'],
    ['litecoin_address', 'ltc'],
    ['ripple', 'xrp'],
    ['solana', 'sol'],
    // Every asset the CSV type-column mapping (parse-kind.ts) gives.
    ['TRX', 'tron'],
    ['MATIC', 'eth'],
    ['ARBITRUM', 'eth'],
    ['AVAX', 'eth'],
    ['ETC', 'eth'],
    ['TON', undefined],
    ['USDT', undefined],
    ['', undefined],
  ])('%s → %s', (asset, chain) => {
    expect(chainOfAsset(asset)).toBe(chain);
  });
});

/** Random payloads encoded by the library's encoders: keys are fixed points, detect() agrees. */
describe('generated addresses of the library chains', () => {
  const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
  const p2pkh = (h: Uint8Array) => Uint8Array.from([0x76, 0xa9, 0x14, ...h, 0x88, 0xac]);
  const p2sh = (h: Uint8Array) => Uint8Array.from([0xa9, 0x14, ...h, 0x87]);
  const generated: [string, fc.Arbitrary<string>][] = [
    ['bch', bytes(20).map((h) => encodeBchAddressWithVersion(0, h).slice('bitcoincash:'.length))],
    ['doge', bytes(20).map((h) => encodeDogeAddress(p2pkh(h)))],
    ['dash', bytes(20).map((h) => encodeDashAddress(p2sh(h)))],
    ['zec', bytes(20).map((h) => encodeZecAddress(p2pkh(h)))],
    ['xlm', bytes(32).map((k) => encodeXlmAddress(k))],
    ['ksm', bytes(32).map((k) => encodeKsmAddress(k))],
    ['ss58', bytes(32).map((k) => createDotAddressEncoder(42)(k))],
    ['bnb', bytes(20).map((h) => encodeBnbAddress(h))],
    ['zil', bytes(20).map((h) => encodeZilAddress(h))],
  ];

  it.each(generated)('%s', (chain, arb) => {
    fc.assert(
      fc.property(arb, (address) => {
        const w = accepted(normalize(address, 'wallet'));
        expect(w.key).toBe(`${chain}:${address}`);
        expect(accepted(normalize(w.key, 'wallet')).key).toBe(w.key);
        expect(accepted(detect(address)).key).toBe(w.key);
      }),
      { numRuns: 100 },
    );
  });
});
