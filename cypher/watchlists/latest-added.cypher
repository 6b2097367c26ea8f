// The latest `addedAt` of one relationship type (REPORTED_IN or a link type): with the others, the graph's
// revision, which tells the server's timer that something was ingested (by the CLI too). It is a time, not
// data: it is shown to nobody, so it reads no visibility keys. Read from the type's range index.
MATCH ()-[r:{{type}}]->() USING INDEX r:{{type}}(addedAt)
WHERE r.addedAt IS NOT NULL
RETURN r.addedAt AS latest
ORDER BY latest DESC
LIMIT 1
