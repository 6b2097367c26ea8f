// Branch of taxii/page for a label that stays small whatever the graph's size (compounds, organisations): its
// entities the caller may see, each at the latest addedAt of its visible assertions, read by label (bounded by
// the label, not the graph), so that match[type]=location does not read through every assertion of the
// graph. From the cursor on, in (date added, id) order, at most $nodes_<Label>.
MATCH (n:{{label}})
WHERE $nodes_{{label}} > 0 AND {{selected:n}}
WITH n, COLLECT { MATCH (n)-[a:REPORTED_IN]->() WHERE any(k IN a.vis WHERE k IN $vis) RETURN a.addedAt ORDER BY a.addedAt DESC LIMIT 1 }[0] AS added
WHERE added >= $at.after AND added >= $at.from AND CASE WHEN added > $at.after THEN true ELSE n.id >= $at.k END
RETURN added, n.id AS key, n AS node, null AS fromNode, null AS linkType, null AS toNode
ORDER BY added, key LIMIT $nodes_{{label}}
