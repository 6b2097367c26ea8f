// Follows a target: one watch per (owner, kind, target); following it again returns the same watch.
MERGE (w:Watch {key: $key})
ON CREATE SET w.id = $id, w.owner = $owner, w.kind = $kind, w.target = $target, w.label = $label,
  w.createdAt = $now, w.lastCheckedAt = null, w.state = $state, w.rev = 0
WITH w
RETURN w {.*} AS watch,
  COUNT { MATCH (c:WatchChange {watchId: w.id}) WHERE c.seen = false } AS unseen
