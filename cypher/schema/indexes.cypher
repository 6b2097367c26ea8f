// Full-text search over values, display forms, names and aliases of every label.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Domain|Url|App|Wallet|Phone|Account|Email|IpAddress|Compound|Organization|Source|VictimReport)
ON EACH [n.value, n.display, n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Filters used by exports, clusters and figures.
CREATE INDEX domain_registrable IF NOT EXISTS FOR (n:Domain) ON (n.registrable);
CREATE INDEX compound_country IF NOT EXISTS FOR (n:Compound) ON (n.country);
CREATE INDEX victimreport_date IF NOT EXISTS FOR (n:VictimReport) ON (n.date);
// TAXII paging (cypher/taxii/*): items in (date added = lastSeen, key) order, a page read from these in O(limit).
// One per exported label (EXPORT_LABELS) and per exported link type (INFRA_REL_TYPES).
CREATE RANGE INDEX domain_taxii_added IF NOT EXISTS FOR (n:Domain) ON (n.lastSeen, n.id);
CREATE RANGE INDEX url_taxii_added IF NOT EXISTS FOR (n:Url) ON (n.lastSeen, n.id);
CREATE RANGE INDEX app_taxii_added IF NOT EXISTS FOR (n:App) ON (n.lastSeen, n.id);
CREATE RANGE INDEX wallet_taxii_added IF NOT EXISTS FOR (n:Wallet) ON (n.lastSeen, n.id);
CREATE RANGE INDEX phone_taxii_added IF NOT EXISTS FOR (n:Phone) ON (n.lastSeen, n.id);
CREATE RANGE INDEX account_taxii_added IF NOT EXISTS FOR (n:Account) ON (n.lastSeen, n.id);
CREATE RANGE INDEX email_taxii_added IF NOT EXISTS FOR (n:Email) ON (n.lastSeen, n.id);
CREATE RANGE INDEX ipaddress_taxii_added IF NOT EXISTS FOR (n:IpAddress) ON (n.lastSeen, n.id);
CREATE RANGE INDEX compound_taxii_added IF NOT EXISTS FOR (n:Compound) ON (n.lastSeen, n.id);
CREATE RANGE INDEX organization_taxii_added IF NOT EXISTS FOR (n:Organization) ON (n.lastSeen, n.id);
CREATE RANGE INDEX on_domain_taxii_added IF NOT EXISTS FOR ()-[r:ON_DOMAIN]-() ON (r.lastSeen);
CREATE RANGE INDEX resolves_to_taxii_added IF NOT EXISTS FOR ()-[r:RESOLVES_TO]-() ON (r.lastSeen);
CREATE RANGE INDEX uses_domain_taxii_added IF NOT EXISTS FOR ()-[r:USES_DOMAIN]-() ON (r.lastSeen);
CREATE RANGE INDEX pays_to_taxii_added IF NOT EXISTS FOR ()-[r:PAYS_TO]-() ON (r.lastSeen);
CREATE RANGE INDEX transferred_to_taxii_added IF NOT EXISTS FOR ()-[r:TRANSFERRED_TO]-() ON (r.lastSeen);
CREATE RANGE INDEX contact_for_taxii_added IF NOT EXISTS FOR ()-[r:CONTACT_FOR]-() ON (r.lastSeen);
CREATE RANGE INDEX operated_from_taxii_added IF NOT EXISTS FOR ()-[r:OPERATED_FROM]-() ON (r.lastSeen);
CREATE RANGE INDEX run_by_taxii_added IF NOT EXISTS FOR ()-[r:RUN_BY]-() ON (r.lastSeen);
CREATE RANGE INDEX rotated_to_taxii_added IF NOT EXISTS FOR ()-[r:ROTATED_TO]-() ON (r.lastSeen);
// Records that the schema was applied, for /readyz.
MERGE (m:SchemaMeta {id: 'schema'}) SET m.version = 1;
