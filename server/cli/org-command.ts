// `scamgraph org create|list`: the member organisations that share the graph (SPEC §6).
import type { Command } from 'commander';
import { createOrg, listOrgs } from '../modules/accounts/accounts-service.js';
import { withDatabase } from './database.js';

const logFor = (json?: boolean) => (json ? () => {} : (m: string) => console.error(m));

export function registerOrg(program: Command): void {
  const org = program
    .command('org')
    .description('Manage member organisations (partners, NGOs, the host) that share the graph.');
  org
    .command('create')
    .description('Create an organisation. Its key is its name in lower case with dashes.')
    .argument('<name>', 'the organisation name, e.g. "Mekong Telco"')
    .option('--json', 'print a JSON object instead of human output')
    .action(async (name: string, opts: { json?: boolean }) => {
      const created = await withDatabase(logFor(opts.json), (executor) =>
        createOrg(executor, name),
      );
      if (opts.json) console.log(JSON.stringify(created));
      else
        console.log(
          `Created organisation ${created.name} (${created.id}). Add accounts with: scamgraph account create <name> --org "${created.name}" --role analyst`,
        );
    });
  org
    .command('list')
    .description('List the organisations with their number of accounts.')
    .option('--json', 'print a JSON array instead of human output')
    .action(async (opts: { json?: boolean }) => {
      const orgs = await withDatabase(logFor(opts.json), (executor) => listOrgs(executor));
      if (opts.json) {
        console.log(JSON.stringify(orgs));
        return;
      }
      if (orgs.length === 0) {
        console.log('No organisations yet. Make one with: scamgraph org create <name>');
        return;
      }
      for (const o of orgs)
        console.log(`${o.id}  ${o.name}  ${o.accounts} account(s)  created ${o.createdAt}`);
    });
}
