// Nodes with a label (answered from the count store).
MATCH (n:{{label}}) RETURN count(n) AS count
