// The audit log (SPEC §6): append-only events, looked up by time, account, organisation and operation.
CREATE CONSTRAINT auditevent_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX auditevent_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX auditevent_account IF NOT EXISTS FOR (n:AuditEvent) ON (n.account);
CREATE INDEX auditevent_org IF NOT EXISTS FOR (n:AuditEvent) ON (n.org);
CREATE INDEX auditevent_operation IF NOT EXISTS FOR (n:AuditEvent) ON (n.operation);
