// What makes a wallet an exit of the inflow walk, as the caller sees it ($vis): the `walletRole` its
// visible assertions give, and the organisations it is visibly RUN_BY with their visible assertions
// (an `otc-broker` kind makes it an OTC desk's wallet).
UNWIND $ids AS id
MATCH (w:Wallet {id: id})
WHERE any(k IN w.vis WHERE k IN $vis)
RETURN w.id AS id,
  [(w)-[a:REPORTED_IN]->(s:Source)
    WHERE any(k IN a.vis WHERE k IN $vis) AND any(k IN s.vis WHERE k IN $vis)
    | {source: s.id, tlp: a.tlp, lastSeen: a.lastSeen, walletRole: a.walletRole}] AS asserted,
  [(w)-[r:RUN_BY]->(o:Organization)
    WHERE any(k IN r.vis WHERE k IN $vis) AND any(k IN o.vis WHERE k IN $vis)
    | {org: o.id, source: r.source, tlp: r.tlp,
       kinds: [(o)-[b:REPORTED_IN]->(t:Source)
         WHERE any(k IN b.vis WHERE k IN $vis) AND any(k IN t.vis WHERE k IN $vis)
         | {source: t.id, tlp: b.tlp, lastSeen: b.lastSeen, kind: b.kind}]}] AS runBy
