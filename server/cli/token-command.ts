// `scamgraph token create --org <name> [--clearance <tlp>] [--json]`: an API token for TAXII, printed once.
import type { Command } from 'commander';
import { TLP_LEVELS, type Tlp } from '../model.js';
import { createToken } from '../modules/auth/token-service.js';
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
}
