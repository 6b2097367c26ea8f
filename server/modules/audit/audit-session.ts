// Audit notes of browser sign-in and sign-out: who (when known), from which address, and why a sign-in
// was refused. The code itself is never recorded.
import type { Request } from 'express';
import type { Executor } from '../../db/executor.js';
import type { SignedIn } from '../session/session-store.js';
import { auditNote } from './audit-recorder.js';
import { remoteOf } from './audit-middleware.js';

/** A code exchanged for a session (`who`), or refused (`refused`: CODE_USED, CODE_EXPIRED…). */
export function noteSignIn(
  executor: Executor,
  req: Request,
  result: { who: SignedIn } | { refused: string },
): void {
  const from = `from ${remoteOf(req)}`;
  if ('who' in result) {
    const { who } = result;
    auditNote(
      executor,
      {
        operation: 'signin',
        primary: true,
        ids: [who.accountId],
        count: 1,
        detail: `one-time code exchanged for a session ${from}`,
      },
      { caller: who.accountId, organisation: who.organisationKey },
    );
  } else
    auditNote(executor, {
      operation: 'signin',
      primary: true,
      count: 0,
      outcome: 'refused',
      detail: `${result.refused} ${from}`,
    });
}

/** A session ended by its browser (the caller is the session's account, when it was still valid). */
export function noteSignOut(executor: Executor, req: Request): void {
  auditNote(executor, {
    operation: 'signout',
    primary: true,
    count: 1,
    detail: `from ${remoteOf(req)}`,
  });
}
