// Every watch with what it remembers, for an evaluation run (grouped by owner by the service).
MATCH (w:Watch)
RETURN w {.id, .owner, .kind, .target, .label, .state, .rev} AS watch
ORDER BY w.owner, w.createdAt, w.id
