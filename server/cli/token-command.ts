// `scamgraph token create|list|revoke`: API tokens for TAXII, printed once, listed and revoked by id.
import type { Command } from 'commander';
import { createToken, listTokens, revokeToken } from '../modules/auth/token-service.js';
import { withDatabase } from './database.js';

export function registerToken(program: Command): void {
  const token = program
    .command('token')
    .description('Manage API tokens (bearer tokens for TAXII 2.1).');
  token
    .command('create')
    .description(
      'Create an API token for an account. It is printed once and stored only as a SHA-256 hash.',
    )
    .option('--account <name>', 'the account the token acts as (see: scamgraph account list)')
    .option(
      '--org <name>',
      'shorthand for a machine client: acts as the partner account "<org>-api", made when missing',
    )
    .option(
      '--clearance <tlp>',
      "highest TLP the token may read, at most the account's: CLEAR, GREEN, AMBER, AMBER_STRICT, RED (default: the account's; GREEN with --org)",
    )
    .option('--expires <days>', 'days until the token stops working (default: never)')
    .option('--label <text>', 'a note to recognise the token by')
    .option(
      '--json',
      'print a JSON object (the secret in the field "token") instead of human output',
    )
    .action(
      async (opts: {
        account?: string;
        org?: string;
        clearance?: string;
        expires?: string;
        label?: string;
        json?: boolean;
      }) => {
        if (!opts.account === !opts.org)
          throw new Error('give either --account <name> or --org <name>');
        const expiresDays = opts.expires === undefined ? undefined : Number(opts.expires);
        const log = opts.json ? () => {} : (m: string) => console.error(m);
        const created = await withDatabase(log, (executor) =>
          createToken(executor, {
            account: opts.account,
            organisation: opts.org,
            clearance: opts.clearance,
            expiresDays,
            label: opts.label,
          }),
        );
        if (opts.json) {
          console.log(JSON.stringify(created));
          return;
        }
        const expiry = created.expiresAt ? `, expires ${created.expiresAt}` : '';
        console.log(
          `Token for ${created.account} of ${created.organisation} (clearance TLP:${created.clearance}${expiry}), id ${created.id}:`,
        );
        console.log('');
        console.log(`  ${created.token}`);
        console.log('');
        console.log(
          'It is shown only this once; store it now. Send it as "Authorization: Bearer <token>" (GraphQL, /api, /taxii2/).',
        );
      },
    );
  token
    .command('list')
    .description(
      'List the API tokens (never their secrets): id, account, organisation, clearance, label, created, expiry, last use, revoked.',
    )
    .option('--json', 'print a JSON array instead of human output')
    .action(async (opts: { json?: boolean }) => {
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const tokens = await withDatabase(log, (executor) => listTokens(executor));
      if (opts.json) {
        console.log(JSON.stringify(tokens));
        return;
      }
      if (tokens.length === 0) {
        console.log('No API tokens yet. Make one with: scamgraph token create --account <name>');
        return;
      }
      for (const t of tokens) {
        const state = t.revoked ? `revoked ${t.revokedAt ?? ''}`.trim() : 'active';
        const label = t.label ? ` "${t.label}"` : '';
        const expiry = t.expiresAt ? `  expires ${t.expiresAt}` : '';
        const used = t.lastUsedAt ? `  last used ${t.lastUsedAt}` : '  never used';
        console.log(
          `${t.id}  ${t.account ?? '(no account)'}@${t.organisation}${label}  TLP:${t.clearance}  created ${t.createdAt}${expiry}${used}  ${state}`,
        );
      }
    });
  token
    .command('revoke')
    .description(
      'Revoke an API token by id (from token list); TAXII refuses it from the next request on.',
    )
    .argument('<id>', 'the token id, token:<uuid>')
    .option('--json', 'print a JSON object instead of human output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const revoked = await withDatabase(log, (executor) => revokeToken(executor, id));
      if (opts.json) console.log(JSON.stringify(revoked));
      else
        console.log(
          `Revoked ${revoked.id} (${revoked.organisation}) at ${revoked.revokedAt}; it no longer opens /taxii2/.`,
        );
    });
}
