// Whether anything was asserted or re-marked after $since: per link type (INFRA_REL_TYPES and REPORTED_IN,
// listed here; a unit test keeps them in step with model.ts) how many and the latest, from the addedAt range
// indexes. A refresh whose count and latest are unchanged reads nothing more. No data is returned, only
// counts, so no visibility test is needed ($vis is not read).
CALL () {
  MATCH ()-[r:ON_DOMAIN]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:RESOLVES_TO]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:USES_DOMAIN]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:PAYS_TO]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:TRANSFERRED_TO]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:CONTACT_FOR]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:OPERATED_FROM]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:RUN_BY]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:ROTATED_TO]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:RELATED_TO]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
  UNION ALL
  MATCH ()-[r:REPORTED_IN]->() WHERE r.addedAt > $since RETURN count(r) AS n, max(r.addedAt) AS at
}
RETURN sum(n) AS n, max(at) AS at
