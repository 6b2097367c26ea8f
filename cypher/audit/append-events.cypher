// Appends audit events. Events are only ever created: no statement in the code base updates or deletes one.
UNWIND $events AS e
CREATE (a:AuditEvent)
SET a = e
