// Sets the webhook of one owner; a null $secret keeps the stored one.
MERGE (h:Webhook {owner: $owner})
SET h.url = $url, h.secret = coalesce($secret, h.secret), h.updatedAt = $now
RETURN h.url AS url, h.secret IS NOT NULL AS secretSet
