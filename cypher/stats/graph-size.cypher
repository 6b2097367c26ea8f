// How many nodes and relationships the graph holds in all (answered from the count store, no visibility:
// it only tells the stats memo that the graph changed, and is never shown).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes, rels
