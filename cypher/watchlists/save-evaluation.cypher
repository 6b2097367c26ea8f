// Stores one evaluation of a watch and the changes it found, only if nobody evaluated the watch since it
// was read (`rev` unchanged: two processes evaluating at once report a change once). No row otherwise.
MATCH (w:Watch {id: $id})
WHERE w.rev = $rev
SET w.rev = $rev + 1, w.state = $state, w.label = $label, w.lastCheckedAt = $now
FOREACH (c IN $changes |
  CREATE (:WatchChange {id: c.id, watchId: w.id, owner: w.owner, at: $now, kind: c.kind, count: c.count,
    entityIds: c.entityIds, summary: c.summary, seen: false}))
RETURN w.rev AS rev
