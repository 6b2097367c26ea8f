// The webhook of one owner: its URL and signing secret (the secret never leaves the server).
MATCH (h:Webhook {owner: $owner})
RETURN h.url AS url, h.secret AS secret
