// Watchlists and webhooks (server/modules/watchlists): watches by id and by (owner, kind, target), their
// changes by watch and owner, one webhook per owner, and the delivery log by owner.
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT watch_key IF NOT EXISTS FOR (n:Watch) REQUIRE n.key IS UNIQUE;
CREATE INDEX watch_owner IF NOT EXISTS FOR (n:Watch) ON (n.owner);
CREATE CONSTRAINT watchchange_id IF NOT EXISTS FOR (n:WatchChange) REQUIRE n.id IS UNIQUE;
CREATE INDEX watchchange_watch IF NOT EXISTS FOR (n:WatchChange) ON (n.watchId);
CREATE INDEX watchchange_owner IF NOT EXISTS FOR (n:WatchChange) ON (n.owner);
CREATE CONSTRAINT webhook_owner IF NOT EXISTS FOR (n:Webhook) REQUIRE n.owner IS UNIQUE;
CREATE CONSTRAINT webhookdelivery_id IF NOT EXISTS FOR (n:WebhookDelivery) REQUIRE n.id IS UNIQUE;
CREATE INDEX webhookdelivery_owner IF NOT EXISTS FOR (n:WebhookDelivery) ON (n.owner);
