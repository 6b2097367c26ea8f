// Full-text search over values, display forms, names and aliases of every label.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Domain|Url|App|Wallet|Phone|Account|Email|IpAddress|Compound|Organization|Source|VictimReport)
ON EACH [n.value, n.display, n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Filters used by exports, clusters and figures.
CREATE INDEX domain_registrable IF NOT EXISTS FOR (n:Domain) ON (n.registrable);
CREATE INDEX compound_country IF NOT EXISTS FOR (n:Compound) ON (n.country);
CREATE INDEX victimreport_date IF NOT EXISTS FOR (n:VictimReport) ON (n.date);
// Records that the schema was applied, for /readyz.
MERGE (m:SchemaMeta {id: 'schema'}) SET m.version = 1;
