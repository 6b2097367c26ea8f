// Records one attempt of a delivery: its outcome, and one line of the log (JSON). $status stays PENDING
// while retries remain; DELIVERED or FAILED ends the delivery.
MATCH (d:WebhookDelivery {id: $id})
SET d.attempts = $attempt, d.responseCode = $responseCode, d.error = $error, d.status = $status,
  d.log = coalesce(d.log, []) + [$line]
RETURN d {.*} AS delivery
