// Stops following: deletes one watch of $owner and its changes; no row when it is not theirs.
MATCH (w:Watch {id: $id})
WHERE w.owner = $owner
OPTIONAL MATCH (c:WatchChange {watchId: w.id})
DETACH DELETE c
WITH DISTINCT w
DETACH DELETE w
RETURN true AS deleted
