// Opens a delivery of the log: PENDING, no attempt yet.
CREATE (d:WebhookDelivery {id: $id, owner: $owner, at: $now, url: $url, event: $event, status: 'PENDING',
  attempts: 0, responseCode: null, error: null, changeCount: $changeCount, changeIds: $changeIds, log: []})
RETURN d {.*} AS delivery
