// The webhook deliveries of one owner, newest first.
MATCH (d:WebhookDelivery {owner: $owner})
RETURN d {.id, .at, .url, .status, .attempts, .responseCode, .error, .changeCount} AS delivery
ORDER BY d.at DESC, d.id DESC
LIMIT $first
