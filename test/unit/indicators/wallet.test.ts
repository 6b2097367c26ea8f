// Wallet normalization: per-chain checksums with public test vectors, prefixes, asset hints.
import { createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { normalize, toChecksumAddress } from '../../../server/indicators/index.js';
import { accepted, rejected } from './helpers.js';

const b58check = createBase58check(sha256);
/** Hash160 of the genesis block's public key, re-encoded with Litecoin version bytes. */
const GENESIS_HASH160 = hexToBytes('62e907b15cbf27d5425399ebf6f0fb50ebb88f18');
const ltc = (version: number) => b58check.encode(Uint8Array.from([version, ...GENESIS_HASH160]));

/** Flips the case of, or replaces, one character to produce a checksum failure. */
function mutate(address: string, index: number): string {
  const ch = address.charAt(index);
  const swapped = ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
  const replacement = swapped !== ch ? swapped : ch === '2' ? '3' : '2';
  return address.slice(0, index) + replacement + address.slice(index + 1);
}

describe('normalize(wallet) — valid addresses', () => {
  it.each([
    // Bitcoin: genesis P2PKH, P2SH, BIP-173 bech32 (v0), BIP-350 bech32m (v1 taproot, v16).
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'p2pkh'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'btc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'p2sh'],
    [
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
      'btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'p2wpkh',
    ],
    [
      'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
      'btc:bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
      'p2wsh',
    ],
    [
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
      'btc:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
      'p2tr',
    ],
    ['BC1SW50QGDZ25J', 'btc:bc1sw50qgdz25j', 'segwit_v16'],
    // Ethereum: EIP-55 vectors and the USDT ERC-20 contract; TRON: the USDT TRC-20 contract.
    [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      'eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      undefined,
    ],
    [
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      'eth:0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      undefined,
    ],
    [
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      'eth:0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      undefined,
    ],
    [
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
      'eth:0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
      undefined,
    ],
    [
      '0xdAC17F958D2ee523a2206206994597C13D831ec7',
      'eth:0xdAC17F958D2ee523a2206206994597C13D831ec7',
      undefined,
    ],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', undefined],
    // A TRON address starting TB1 must not be read as a Bitcoin testnet bech32 (found by fast-check).
    ['TB115BhpCAFbjPUgniZ36TZYxNB67fPKzr', 'tron:TB115BhpCAFbjPUgniZ36TZYxNB67fPKzr', undefined],
    // XRP genesis account, Polkadot (Alice, prefix 0), Monero general fund, Solana wrapped-SOL mint.
    ['rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', 'xrp:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', undefined],
    [
      '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5',
      'dot:15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5',
      undefined,
    ],
    [
      '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
      'xmr:44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
      'standard',
    ],
    [
      'So11111111111111111111111111111111111111112',
      'sol:So11111111111111111111111111111111111111112',
      undefined,
    ],
    [
      'ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea',
      'ltc:ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea',
      'p2wpkh',
    ],
    [ltc(0x30), `ltc:${ltc(0x30)}`, 'p2pkh'],
    [ltc(0x32), `ltc:${ltc(0x32)}`, 'p2sh'],
  ])('%s → %s', (input, key, type) => {
    const w = accepted(normalize(input, 'wallet'));
    expect(w.key).toBe(key);
    expect(w.facts.chain).toBe(key.split(':')[0]);
    expect(w.facts.address).toBe(key.slice(key.indexOf(':') + 1));
    if (type) expect(w.facts.type).toBe(type);
  });

  it('keys lower- and upper-case EVM addresses by their EIP-55 form', () => {
    const lower = '0xdac17f958d2ee523a2206206994597c13d831ec7';
    expect(accepted(normalize(lower, 'wallet')).key).toBe(
      'eth:0xdAC17F958D2ee523a2206206994597C13D831ec7',
    );
    expect(accepted(normalize(`0x${lower.slice(2).toUpperCase()}`, 'wallet')).key).toBe(
      'eth:0xdAC17F958D2ee523a2206206994597C13D831ec7',
    );
    expect(accepted(normalize(`0X${lower.slice(2).toUpperCase()}`, 'wallet')).key).toBe(
      'eth:0xdAC17F958D2ee523a2206206994597C13D831ec7',
    );
    expect(toChecksumAddress(lower)).toBe('0xdAC17F958D2ee523a2206206994597C13D831ec7');
  });

  it.each([
    ['TR7N HqjeKQ xGTCi8q8ZY4pL8otSzgjLj6t', 'tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
    ['tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
    [
      'bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=0.5&label=deposit',
      'btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    ],
    [
      'BITCOIN:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
      'btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    ],
    [
      'ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1',
      'eth:0xdAC17F958D2ee523a2206206994597C13D831ec7',
    ],
    [
      'ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7/transfer?address=0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359&uint256=1e6',
      'eth:0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    ],
    ['ltc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'ltc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    [
      'solana:So11111111111111111111111111111111111111112',
      'sol:So11111111111111111111111111111111111111112',
    ],
  ])('strips prefixes and spaces: %s → %s', (input, key) => {
    expect(accepted(normalize(input, 'wallet')).key).toBe(key);
  });

  it('stores the asset hint upper-cased as a fact, never in the key', () => {
    const w = accepted(
      normalize('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'wallet', { asset: 'usdt-trc20' }),
    );
    expect(w.key).toBe('tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    expect(w.facts.asset).toBe('USDT-TRC20');
    expect(
      accepted(normalize('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'wallet')).facts.asset,
    ).toBeNull();
  });

  it('reads a 3… address as Litecoin only when the asset says so', () => {
    expect(accepted(normalize('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'wallet')).facts.chain).toBe(
      'btc',
    );
    expect(
      accepted(normalize('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'wallet', { asset: 'LTC' })).facts
        .chain,
    ).toBe('ltc');
  });
});

describe('normalize(wallet) — rejections', () => {
  it.each([
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', 'BAD_CHECKSUM'],
    [mutate('0xdAC17F958D2ee523a2206206994597C13D831ec7', 5), 'BAD_CHECKSUM'],
    [mutate('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 10), 'BAD_CHECKSUM'],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', 'BAD_CHECKSUM'],
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'BAD_CHECKSUM'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz', 'BAD_CHECKSUM'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'BAD_CHECKSUM'],
    // BIP-350 invalid: v1 with a bech32 checksum, v0 with a bech32m checksum.
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', 'BAD_CHECKSUM'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', 'BAD_CHECKSUM'],
    ['rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTj', 'BAD_CHECKSUM'],
    ['15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp6', 'BAD_CHECKSUM'],
    [
      mutate(
        '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
        20,
      ),
      'BAD_CHECKSUM',
    ],
    ['ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfec', 'BAD_CHECKSUM'],
    // BIP-173 invalid: mixed case, testnet, bad characters.
    ['bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'INVALID_WALLET'],
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', 'INVALID_WALLET'],
    ['bc1qb508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'INVALID_WALLET'],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe', 'INVALID_WALLET'],
    ['0xZZAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'INVALID_WALLET'],
    // A prefix naming a chain the address fits nowhere; valid on another chain it is kept with a
    // CHAIN_MISMATCH warning instead (wallet-chains.test.ts).
    ['tron:0xdAC17F958D2ee523a2206206994597C13D831ec', 'INVALID_WALLET'],
    ['dogge:DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', 'INVALID_WALLET'],
    ['not a wallet', 'INVALID_WALLET'],
    ['', 'EMPTY'],
  ])('rejects %s with %s', (input, reason) => {
    expect(rejected(normalize(input, 'wallet'))).toBe(reason);
  });
});
