// Removes the webhook of one owner (its delivery log stays).
MATCH (h:Webhook {owner: $owner})
DELETE h
RETURN true AS deleted
