// `scamgraph signin-link [--account admin]`: a new one-time sign-in link, when the one printed at first start is lost.
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { newSignInLink } from '../modules/session/first-admin.js';
import { withDatabase } from './database.js';
import { auditNote } from '../modules/audit/audit-recorder.js';
import { accountIdOf } from '../modules/accounts/accounts-service.js';

export function registerSigninLink(program: Command): void {
  program
    .command('signin-link')
    .description(
      'Make a one-time sign-in link for an account (default: admin), valid for 24 hours. Earlier links stay valid until used or expired.',
    )
    .option('--account <name>', 'the account to sign in as (see: scamgraph account list)', 'admin')
    .option(
      '--url <base>',
      'the address the server is reached at (default: http://localhost:<PORT>, PORT default 4000)',
    )
    .option('--json', 'print a JSON object {link, account, organisation, expiresAt}')
    .action(async (opts: { account: string; url?: string; json?: boolean }) => {
      const config = loadConfig();
      const baseUrl = opts.url ?? `http://localhost:${config.port}`;
      if (!/^https?:\/\/[^\s/?#]+\/?$/.test(baseUrl))
        throw new Error(
          `--url must be an address like https://scamgraph.example.org, got "${baseUrl}"`,
        );
      const log = opts.json ? () => {} : (m: string) => console.error(m);
      const made = await withDatabase(log, async (executor) => {
        const link = await newSignInLink(executor, { account: opts.account, baseUrl });
        auditNote(executor, {
          operation: 'signin-link:create',
          ids: [accountIdOf(link.account)],
          detail: `one-time sign-in link until ${link.expiresAt}`,
        });
        return link;
      });
      if (opts.json) {
        console.log(JSON.stringify(made));
        return;
      }
      console.log(
        `Sign in as ${made.account} of ${made.organisation} (works once, until ${made.expiresAt}):`,
      );
      console.log('');
      console.log(`  ${made.link}`);
      console.log('');
    });
}
