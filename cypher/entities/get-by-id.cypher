// One entity by id; {{label}} comes from the id's prefix (a fixed list in code).
MATCH (n:{{label}} {id: $id})
RETURN n, COUNT { (n)--() } AS degree
