// Removes sessions past their absolute or idle expiry and one-time codes expired for more than a day.
CALL () {
  MATCH (s:UserSession)
  WHERE s.expiresAt <= $now OR s.lastSeenAt <= $idleBefore
  DETACH DELETE s
}
CALL () {
  MATCH (c:SignInCode)
  WHERE c.expiresAt <= $codesBefore
  DETACH DELETE c
}
RETURN true AS done
