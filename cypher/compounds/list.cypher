// Compounds, optionally by country and status, by name.
MATCH (n:Compound)
WHERE ($country IS NULL OR n.country = $country) AND ($status IS NULL OR n.status = $status)
RETURN n, COUNT { (n)--() } AS degree
ORDER BY coalesce(n.name, n.display, n.value)
LIMIT $limit
