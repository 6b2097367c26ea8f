// Which of the organisation keys $keys name member organisations (ids `member:<key>`).
UNWIND $keys AS key
MATCH (o:MemberOrg {id: 'member:' + key})
RETURN key
