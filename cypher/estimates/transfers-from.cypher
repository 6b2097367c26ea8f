// Visible TRANSFERRED_TO links out of the given wallets (one row per link, i.e. per source), for the
// inflow walk: the wallet at each end and the link must be visible ($vis).
UNWIND $ids AS id
MATCH (a:Wallet {id: id})-[r:TRANSFERRED_TO]->(b:Wallet)
WHERE any(k IN a.vis WHERE k IN $vis) AND any(k IN r.vis WHERE k IN $vis)
  AND any(k IN b.vis WHERE k IN $vis)
RETURN a.id AS from, b.id AS to, r {.*} AS link
