// Keeps the newest $keep changes of one watch; older ones are deleted.
MATCH (c:WatchChange {watchId: $watchId})
WITH c ORDER BY c.at DESC, c.id DESC
SKIP $keep
DELETE c
RETURN count(*) AS deleted
