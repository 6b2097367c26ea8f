// Victim reports the caller may see ($vis), each with its visible assertions (amount, currency, amountUsd,
// date, country, victimRef, caseRef, txHash…) and what it visibly INVOLVES: the link and the entity at
// its end must both be visible. Facts come only from visible assertions.
MATCH (v:VictimReport)
WHERE any(k IN v.vis WHERE k IN $vis)
RETURN v.id AS id,
  [(v)-[a:REPORTED_IN]->(s:Source)
    WHERE any(k IN a.vis WHERE k IN $vis) AND any(k IN s.vis WHERE k IN $vis) | a {.*, source: s.id}] AS asserted,
  [(v)-[r:INVOLVES]->(m)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN m.vis WHERE k IN $vis)
    | {id: m.id, wallet: m:Wallet, source: r.source, tlp: r.tlp, role: r.role}] AS involves
ORDER BY id
