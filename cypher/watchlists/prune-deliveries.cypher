// Keeps the newest $keep deliveries of one owner; older ones are deleted.
MATCH (d:WebhookDelivery {owner: $owner})
WITH d ORDER BY d.at DESC, d.id DESC
SKIP $keep
DELETE d
RETURN count(*) AS deleted
