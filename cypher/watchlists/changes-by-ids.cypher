// Changes by id with the watch each belongs to (what a webhook delivery posts).
UNWIND $ids AS id
MATCH (c:WatchChange {id: id})
WHERE c.owner = $owner
OPTIONAL MATCH (w:Watch {id: c.watchId})
RETURN c {.*} AS change, w {.id, .kind, .target, .label} AS watch
ORDER BY c.at, c.id
