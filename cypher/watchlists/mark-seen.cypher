// Marks the unseen changes of one owner's watches (or of one watch) seen; returns how many.
MATCH (c:WatchChange {owner: $owner})
WHERE c.seen = false AND ($watchId IS NULL OR c.watchId = $watchId)
SET c.seen = true
RETURN count(c) AS marked
