// The `scamgraph` CLI: one subcommand per file, each with --help, human output and --json.
import { Command } from 'commander';
import { registerDb } from './db-command.js';
import { registerExport } from './export-command.js';
import { registerBriefing } from './briefing-command.js';
import { registerToken } from './token-command.js';
import { registerOrg } from './org-command.js';
import { registerAccount } from './account-command.js';
import { registerAudit } from './audit-command.js';
import { registerIngest } from './ingest-command.js';
import { registerSeed } from './seed-command.js';
import { registerSigninLink } from './signin-link-command.js';
import { registerClusters } from './clusters-command.js';
import { registerEstimates } from './estimates-command.js';
import { installProcessGuard } from '../process-guard.js';
import { setAuditOrigin } from '../modules/audit/audit-recorder.js';

// One-shot commands log an error that escaped every handler on one line and exit 1 (the bundled Neo4j
// stops by itself when its stdin closes); `scamgraph db` switches the guard to survive.
installProcessGuard((line) => console.error(`scamgraph: ${line}`), 'exit');
// Audit events of CLI commands say `via cli` (they act as the local administrator unless told otherwise).
setAuditOrigin('cli');

const program = new Command('scamgraph')
  .description(
    'Scamgraph: an intelligence graph of scam-compound infrastructure (GraphQL over Neo4j).',
  )
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    '\nEnvironment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE select an existing Neo4j;\n' +
      'without NEO4J_URI the bundled Neo4j is started with its data in SCAMGRAPH_DATA_DIR (default ./data).',
  );

registerSeed(program);
registerIngest(program);
registerClusters(program);
registerExport(program);
registerBriefing(program);
registerOrg(program);
registerAccount(program);
registerToken(program);
registerSigninLink(program);
registerAudit(program);
registerEstimates(program);
registerDb(program);

await program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`scamgraph: ${(error as Error).message}`);
  process.exit(1);
});
