// How many accounts the store holds (none: the first start creates the host organisation and its admin).
MATCH (a:UserAccount)
RETURN count(a) AS accounts
