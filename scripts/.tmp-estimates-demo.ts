import { createDriver } from '../server/db/driver.js';
import { Executor } from '../server/db/executor.js';
import { applySchema } from '../server/db/schema.js';
import { loadDemo } from '../seeds/load.js';
import { estimates } from '../server/modules/estimates/estimates-service.js';
import { renderEstimates } from '../server/cli/estimates-command.js';
const ex = new Executor(createDriver('bolt://127.0.0.1:7702', { user: 'neo4j', password: '' }));
await applySchema(ex);
if (process.argv[2] === 'load') {
  await ex.runAutoCommit({ cypher: 'MATCH (n) WHERE NOT n:SchemaMeta CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS' });
  const t = Date.now();
  await loadDemo(ex, { scale: 1 });
  console.log('loaded in', Date.now() - t, 'ms');
}
for (const ctx of [
  { caller: 'user:admin', organisation: 'local', clearance: 'RED' as const, roles: ['admin'] },
  { caller: 'user:p', organisation: 'partner-x', clearance: 'GREEN' as const, roles: ['partner'] },
]) {
  const t = Date.now();
  const e = await estimates(ex, ctx, {});
  console.log(`--- ${ctx.caller} ${Date.now() - t} ms`);
  console.log(renderEstimates(e));
  console.log('clusters rows', e.inflowsByCluster.length, 'compounds with >1 history', e.compounds.filter((c) => c.history.length > 1).length);
}
await ex.driver.close();
