// The admin's Invite dialog: name, organisation (or a new one), role → a one-time invitation link to copy.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  createOrganisation,
  fetchOrganisations,
  inviteAccount,
  type Invitation,
  type Me,
  type MemberOrganisation,
} from '../api/session.js';

const ROLES: Me['role'][] = ['ANALYST', 'PARTNER', 'VIEWER', 'ADMIN'];
const NEW = '__new__';

export function InviteDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [orgs, setOrgs] = useState<MemberOrganisation[]>([]);
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [newOrg, setNewOrg] = useState('');
  const [role, setRole] = useState<Me['role']>('PARTNER');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    fetchOrganisations()
      .then((list) => {
        setOrgs(list);
        setOrg((o) => o || list[0]?.key || NEW);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const key = org === NEW ? (await createOrganisation(newOrg)).key : org;
      setInvitation(await inviteAccount({ name, organisation: key, role }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const copy = () => {
    if (!invitation) return;
    navigator.clipboard
      ?.writeText(invitation.link)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };

  return (
    <dialog ref={dialog} className="invite" aria-labelledby="invite-title" onClose={onClose}>
      <h2 id="invite-title">Invite an account</h2>
      {invitation ? (
        <div className="invite-result">
          <p>
            Send this link to <strong>{invitation.account.name}</strong> (
            {invitation.account.organisation}, {invitation.account.role.toLowerCase()}). It works
            once, until {new Date(invitation.expiresAt).toLocaleString()}, and is shown only now.
          </p>
          <input
            aria-label="Invitation link"
            readOnly
            value={invitation.link}
            onFocus={(e) => e.target.select()}
          />
          <div className="invite-actions">
            <button type="button" onClick={copy}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <label>
            Account name
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={64} />
          </label>
          <label>
            Organisation
            <select value={org} onChange={(e) => setOrg(e.target.value)}>
              {orgs.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.name}
                </option>
              ))}
              <option value={NEW}>New organisation…</option>
            </select>
          </label>
          {org === NEW && (
            <label>
              New organisation's name
              <input value={newOrg} onChange={(e) => setNewOrg(e.target.value)} required />
            </label>
          )}
          <label>
            Role
            <select value={role} onChange={(e) => setRole(e.target.value as Me['role'])}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r.toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          <div className="invite-actions">
            <button type="submit" disabled={busy || !name.trim()}>
              Create invitation
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </dialog>
  );
}
