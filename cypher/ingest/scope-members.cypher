// Which of an ingest's sharing targets exist: organisation ids (`member:<key>`) and account ids (`user:<name>`).
CALL () {
  UNWIND $orgIds AS id
  MATCH (o:MemberOrg {id: id})
  RETURN collect(o.id) AS orgs
}
CALL () {
  UNWIND $accountIds AS id
  MATCH (a:UserAccount {id: id})
  RETURN collect(a.id) AS accounts
}
RETURN orgs, accounts
