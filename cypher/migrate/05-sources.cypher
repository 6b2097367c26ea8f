// Step 5: sources belong to the host organisation and are seen by whoever sees what they carry.
MATCH (s:Source) WHERE s.vis IS NULL
SET s.org = coalesce(s.org, 'local'), s.sharedWith = [], s.recipients = [],
  s.vis = reduce(acc = $hostKeys[coalesce(s.tlp, 'AMBER')], v IN [(s)<-[x:REPORTED_IN]-() | x.vis] |
    acc + [k IN v WHERE NOT k IN acc])
