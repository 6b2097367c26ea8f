// `scamgraph token create|list|revoke`: API tokens for TAXII, printed once, listed and revoked by id.
import type { Command } from 'commander';
import { TLP_LEVELS, type Tlp } from '../model.js';
import { createToken, listTokens, revokeToken } from '../modules/auth/token-service.js';
import { withDatabase } from './database.js';

export function registerToken(program: Command): void {
  const token = program
    .command('token')
    .description('Manage API tokens (bearer tokens for TAXII 2.1).');
  token
    .command('create')
    .description(
      'Create an API token for an organisation. It is printed once and stored only as a SHA-256 hash.',
    )
    .requiredOption('--org <name>', 'the organisation the token acts for')
    .option(
      '--clearance <tlp>',
      'highest TLP the token may read: CLEAR, GREEN, AMBER, AMBER_STRICT, RED',
      'GREEN',
    )
    .option('--label <text>', 'a note to recognise the token by')
    .option('--json', 'print a JSON object instead of human output')
    .action(async (opts: { org: string; clearance: string; label?: string; json?: boolean }) => {
      const clearance = opts.clearance.toUpperCase().replace('+', '_') as Tlp;
      if (!TLP_LEVELS.includes(clearance))
        throw new Error(`--clearance must be one of ${TLP_LEVELS.join(', ')}`);
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const created = await withDatabase(log, (executor) =>
        createToken(executor, { organisation: opts.org, clearance, label: opts.label }),
      );
      if (opts.json) {
        console.log(JSON.stringify(created));
        return;
      }
      console.log(
        `Token for ${created.organisation} (clearance TLP:${created.clearance}), id ${created.id}:`,
      );
      console.log('');
      console.log(`  ${created.token}`);
      console.log('');
      console.log(
        'It is shown only this once; store it now. Use it as "Authorization: Bearer <token>" on /taxii2/.',
      );
    });
  token
    .command('list')
    .description('List the API tokens: id, organisation, clearance, label, created, revoked.')
    .option('--json', 'print a JSON array instead of human output')
    .action(async (opts: { json?: boolean }) => {
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const tokens = await withDatabase(log, (executor) => listTokens(executor));
      if (opts.json) {
        console.log(JSON.stringify(tokens));
        return;
      }
      if (tokens.length === 0) {
        console.log('No API tokens yet. Make one with: scamgraph token create --org <name>');
        return;
      }
      for (const t of tokens) {
        const state = t.revoked ? `revoked ${t.revokedAt ?? ''}`.trim() : 'active';
        const label = t.label ? ` "${t.label}"` : '';
        console.log(
          `${t.id}  ${t.organisation}${label}  TLP:${t.clearance}  created ${t.createdAt}  ${state}`,
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
