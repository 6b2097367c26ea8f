// The changes of one owner's watches (or of one watch), newest first; only unseen ones when asked.
MATCH (c:WatchChange {owner: $owner})
WHERE ($watchId IS NULL OR c.watchId = $watchId) AND (NOT $unseenOnly OR c.seen = false)
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $first
