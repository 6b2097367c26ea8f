// `scamgraph account create|list|disable`: accounts of member organisations, each with one role (SPEC §6).
import type { Command } from 'commander';
import {
  ROLES,
  createAccount,
  disableAccount,
  listAccounts,
} from '../modules/accounts/accounts-service.js';
import { withDatabase } from './database.js';

const logFor = (json?: boolean) => (json ? () => {} : (m: string) => console.error(m));

export function registerAccount(program: Command): void {
  const account = program
    .command('account')
    .description('Manage accounts (people and machine clients) of member organisations.');
  account
    .command('create')
    .description(`Create an account in an organisation with one role: ${ROLES.join(', ')}.`)
    .argument('<name>', 'the account name: letters, digits, ".", "_", "@" or "-"')
    .requiredOption('--org <org>', 'the organisation it belongs to (see: scamgraph org list)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option(
      '--clearance <tlp>',
      'highest TLP it may ever read: CLEAR, GREEN, AMBER, AMBER_STRICT, RED',
      'RED',
    )
    .option('--json', 'print a JSON object instead of human output')
    .action(
      async (
        name: string,
        opts: { org: string; role: string; clearance: string; json?: boolean },
      ) => {
        const created = await withDatabase(logFor(opts.json), (executor) =>
          createAccount(executor, {
            name,
            org: opts.org,
            role: opts.role,
            clearance: opts.clearance,
          }),
        );
        if (opts.json) console.log(JSON.stringify(created));
        else
          console.log(
            `Created ${created.role} account ${created.name} in ${created.orgName} (clearance TLP:${created.clearance}). Give it a token with: scamgraph token create --account ${created.name}`,
          );
      },
    );
  account
    .command('list')
    .description('List the accounts: name, organisation, role, clearance, state.')
    .option('--json', 'print a JSON array instead of human output')
    .action(async (opts: { json?: boolean }) => {
      const accounts = await withDatabase(logFor(opts.json), (executor) => listAccounts(executor));
      if (opts.json) {
        console.log(JSON.stringify(accounts));
        return;
      }
      if (accounts.length === 0) {
        console.log(
          'No accounts yet. Make one with: scamgraph account create <name> --org <org> --role <role>',
        );
        return;
      }
      for (const a of accounts) {
        const state = a.disabled ? `disabled ${a.disabledAt ?? ''}`.trim() : 'active';
        console.log(`${a.name}  ${a.orgName}  ${a.role}  TLP:${a.clearance}  ${state}`);
      }
    });
  account
    .command('disable')
    .description('Disable an account: its tokens are refused from the next request on.')
    .argument('<name>', 'the account name')
    .option('--json', 'print a JSON object instead of human output')
    .action(async (name: string, opts: { json?: boolean }) => {
      const disabled = await withDatabase(logFor(opts.json), (executor) =>
        disableAccount(executor, name),
      );
      if (opts.json) console.log(JSON.stringify(disabled));
      else
        console.log(`Disabled ${disabled.name} (${disabled.orgName}) at ${disabled.disabledAt}.`);
    });
}
