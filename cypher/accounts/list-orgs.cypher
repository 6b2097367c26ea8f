// Every member organisation with its number of accounts, oldest first.
MATCH (o:MemberOrg)
OPTIONAL MATCH (a:UserAccount)-[:MEMBER_OF]->(o)
RETURN o.id AS id, o.name AS name, o.createdAt AS createdAt, count(a) AS accounts
ORDER BY o.createdAt, o.id
