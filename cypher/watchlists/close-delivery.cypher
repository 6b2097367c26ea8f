// Ends a delivery that is still PENDING after its last attempt (stopped by a shutdown between attempts).
MATCH (d:WebhookDelivery {id: $id})
WHERE d.status = 'PENDING'
SET d.status = 'FAILED', d.error = $error,
  d.log = coalesce(d.log, []) + [$line]
RETURN d {.*} AS delivery
