// The watches of one owner with their unseen change counts, oldest first.
MATCH (w:Watch {owner: $owner})
RETURN w {.id, .kind, .target, .label, .createdAt, .lastCheckedAt} AS watch,
  COUNT { MATCH (c:WatchChange {watchId: w.id}) WHERE c.seen = false } AS unseen
ORDER BY w.createdAt, w.id
