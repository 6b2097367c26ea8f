// Who is signed in (name · organisation · role), Sign out, and for administrators the Invite dialog and the
// audit log.
import { useState } from 'react';
import { signOut, type Me } from '../api/session.js';
import { InviteDialog } from './InviteDialog.js';
import { AuditDialog } from './AuditDialog.js';

export function AccountMenu({ me }: { me: Me | null }) {
  const [inviting, setInviting] = useState(false);
  const [auditing, setAuditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!me)
    return (
      <div className="account">
        <a href="/signin">Sign in</a>
      </div>
    );
  const leave = () =>
    signOut()
      .then(() => window.location.assign('/'))
      .catch((e: Error) => setError(e.message));
  return (
    <div className="account" role="group" aria-label="Signed in">
      <span className="who" title={`Clearance TLP:${me.clearance}`}>
        {me.account} · {me.organisation} · {me.role.toLowerCase()}
      </span>
      {me.role === 'ADMIN' && (
        <button type="button" onClick={() => setInviting(true)}>
          Invite
        </button>
      )}
      {me.role === 'ADMIN' && (
        <button type="button" onClick={() => setAuditing(true)}>
          Audit log
        </button>
      )}
      <button type="button" onClick={() => void leave()}>
        Sign out
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
      {inviting && <InviteDialog onClose={() => setInviting(false)} />}
      {auditing && <AuditDialog onClose={() => setAuditing(false)} />}
    </div>
  );
}
