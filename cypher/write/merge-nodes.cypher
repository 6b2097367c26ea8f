// Merges a batch of entity nodes of one label by id: only what follows from the key (value, display form,
// key-derived facts). What each source said is its assertion (write/merge-assertions). `vis` starts empty
// and is the union of the node's assertions' keys (SPEC §6).
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
ON CREATE SET n += row.facts, n.value = row.value, n.display = row.display, n.synthetic = row.synthetic,
  n.vis = []
ON MATCH SET n += row.facts, n.synthetic = n.synthetic AND row.synthetic
