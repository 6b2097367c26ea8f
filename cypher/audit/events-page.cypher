// A page of audit events, newest first, filtered by account, organisation, operation and time. An event's
// operation lists what its request did, space-separated: the filter matches the start of any of them.
// ($beforeAt, $beforeId) is the last event of the previous page.
MATCH (a:AuditEvent)
WHERE ($account IS NULL OR a.account = $account)
  AND ($org IS NULL OR a.org = $org)
  AND ($operation IS NULL OR a.operation STARTS WITH $operation
    OR a.operation CONTAINS (' ' + $operation))
  AND ($since IS NULL OR a.at >= $since)
  AND ($until IS NULL OR a.at < $until)
  AND ($beforeAt IS NULL OR a.at < $beforeAt OR (a.at = $beforeAt AND a.id < $beforeId))
RETURN a.id AS id, a.at AS at, a.account AS account, a.org AS org, a.operation AS operation,
  a.ids AS ids, a.count AS count, a.maxTlp AS maxTlp, a.outcome AS outcome, a.detail AS detail
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
