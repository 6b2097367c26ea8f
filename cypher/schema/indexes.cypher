// Full-text search over values, display forms, names and aliases of every label.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Domain|Url|App|Wallet|Phone|Account|Email|IpAddress|Compound|Organization|Source|VictimReport)
ON EACH [n.value, n.display, n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Full-text search over what sources said (names, aliases, display forms) on their assertions: a search
// reads only the assertions the caller may see (cypher/entities/search-fulltext).
CREATE FULLTEXT INDEX assertion_text IF NOT EXISTS
FOR ()-[a:REPORTED_IN]-() ON EACH [a.name, a.aliases, a.display]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Filters used by exports, clusters and figures.
CREATE INDEX domain_registrable IF NOT EXISTS FOR (n:Domain) ON (n.registrable);
CREATE INDEX compound_country IF NOT EXISTS FOR (n:Compound) ON (n.country);
CREATE INDEX victimreport_date IF NOT EXISTS FOR (n:VictimReport) ON (n.date);
// TAXII paging (cypher/taxii/*): items in (date added, key) order, date added being the `addedAt` of the
// caller's latest visible assertion (SPEC §6); a page reads these in index order under its limit. One on the
// assertions about nodes (REPORTED_IN) and one per exported link type (INFRA_REL_TYPES).
CREATE RANGE INDEX reported_in_taxii_added_at IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.addedAt);
CREATE RANGE INDEX on_domain_taxii_added_at IF NOT EXISTS FOR ()-[r:ON_DOMAIN]-() ON (r.addedAt);
CREATE RANGE INDEX resolves_to_taxii_added_at IF NOT EXISTS FOR ()-[r:RESOLVES_TO]-() ON (r.addedAt);
CREATE RANGE INDEX uses_domain_taxii_added_at IF NOT EXISTS FOR ()-[r:USES_DOMAIN]-() ON (r.addedAt);
CREATE RANGE INDEX pays_to_taxii_added_at IF NOT EXISTS FOR ()-[r:PAYS_TO]-() ON (r.addedAt);
CREATE RANGE INDEX transferred_to_taxii_added_at IF NOT EXISTS FOR ()-[r:TRANSFERRED_TO]-() ON (r.addedAt);
CREATE RANGE INDEX contact_for_taxii_added_at IF NOT EXISTS FOR ()-[r:CONTACT_FOR]-() ON (r.addedAt);
CREATE RANGE INDEX operated_from_taxii_added_at IF NOT EXISTS FOR ()-[r:OPERATED_FROM]-() ON (r.addedAt);
CREATE RANGE INDEX run_by_taxii_added_at IF NOT EXISTS FOR ()-[r:RUN_BY]-() ON (r.addedAt);
CREATE RANGE INDEX rotated_to_taxii_added_at IF NOT EXISTS FOR ()-[r:ROTATED_TO]-() ON (r.addedAt);
CREATE RANGE INDEX related_to_taxii_added_at IF NOT EXISTS FOR ()-[r:RELATED_TO]-() ON (r.addedAt);
// The indexes of the earlier storage (date added = lastSeen, kept on entity nodes and links), no longer read.
DROP INDEX domain_taxii_added IF EXISTS;
DROP INDEX url_taxii_added IF EXISTS;
DROP INDEX app_taxii_added IF EXISTS;
DROP INDEX wallet_taxii_added IF EXISTS;
DROP INDEX phone_taxii_added IF EXISTS;
DROP INDEX account_taxii_added IF EXISTS;
DROP INDEX email_taxii_added IF EXISTS;
DROP INDEX ipaddress_taxii_added IF EXISTS;
DROP INDEX compound_taxii_added IF EXISTS;
DROP INDEX organization_taxii_added IF EXISTS;
DROP INDEX on_domain_taxii_added IF EXISTS;
DROP INDEX resolves_to_taxii_added IF EXISTS;
DROP INDEX uses_domain_taxii_added IF EXISTS;
DROP INDEX pays_to_taxii_added IF EXISTS;
DROP INDEX transferred_to_taxii_added IF EXISTS;
DROP INDEX contact_for_taxii_added IF EXISTS;
DROP INDEX operated_from_taxii_added IF EXISTS;
DROP INDEX run_by_taxii_added IF EXISTS;
DROP INDEX rotated_to_taxii_added IF EXISTS;
// Records that the schema was applied, for /readyz.
MERGE (m:SchemaMeta {id: 'schema'}) SET m.version = 1;
