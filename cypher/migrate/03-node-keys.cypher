// Step 3: entity nodes keep what follows from their key and the union of their assertions' keys.
MATCH (n) WHERE any(l IN labels(n) WHERE l IN $entityLabels) AND n.vis IS NULL
CALL (n) {
  WITH n, [k IN keys(n) WHERE NOT k IN ['id', 'value', 'display', 'synthetic'] AND NOT k IN $keyFacts] AS moved
  FOREACH (k IN moved | REMOVE n[k])
  SET n.vis = reduce(acc = [], v IN [(n)-[x:REPORTED_IN]->() | x.vis] | acc + [k IN v WHERE NOT k IN acc])
} IN TRANSACTIONS OF 5000 ROWS
