// Visible TRANSFERRED_TO links into the given wallets (one row per link, i.e. per source): what each
// received in all, for the inflow walk's haircut share. Both ends and the link must be visible ($vis).
UNWIND $ids AS id
MATCH (b:Wallet {id: id})<-[r:TRANSFERRED_TO]-(a:Wallet)
WHERE any(k IN b.vis WHERE k IN $vis) AND any(k IN r.vis WHERE k IN $vis)
  AND any(k IN a.vis WHERE k IN $vis)
RETURN a.id AS from, b.id AS to, r {.*} AS link
