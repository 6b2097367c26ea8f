// Entities by element id, with their degree.
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN n, COUNT { (n)--() } AS degree
