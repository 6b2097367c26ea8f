// One uniqueness constraint per label on its key. `id` is `<prefix>:<normalized key>` (docs/data-model.md).
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT url_id IF NOT EXISTS FOR (n:Url) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT app_id IF NOT EXISTS FOR (n:App) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT wallet_id IF NOT EXISTS FOR (n:Wallet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT phone_id IF NOT EXISTS FOR (n:Phone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT email_id IF NOT EXISTS FOR (n:Email) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ipaddress_id IF NOT EXISTS FOR (n:IpAddress) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT compound_id IF NOT EXISTS FOR (n:Compound) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT victimreport_id IF NOT EXISTS FOR (n:VictimReport) REQUIRE n.id IS UNIQUE;
// Exports and TAXII: saved indicator sets, API tokens (looked up by SHA-256 hash).
CREATE CONSTRAINT indicatorset_id IF NOT EXISTS FOR (n:IndicatorSet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT apitoken_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
// Member organisations and their accounts (who may see what, SPEC §6).
CREATE CONSTRAINT memberorg_id IF NOT EXISTS FOR (n:MemberOrg) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT useraccount_id IF NOT EXISTS FOR (n:UserAccount) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT apitoken_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
