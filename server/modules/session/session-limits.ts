// How long sign-in links and sessions last (docs/security.md): one place to change them.

export const SESSION_LIMITS = {
  /** A sign-in link (first start, `scamgraph signin-link`) works once, within 24 hours. */
  signinCodeMs: 24 * 3_600_000,
  /** An invitation link works once, within 7 days. */
  inviteCodeMs: 7 * 86_400_000,
  /** A session ends after 12 hours without a request (sliding)… */
  idleMs: 12 * 3_600_000,
  /** …and 7 days after sign-in, whatever its use (absolute). */
  absoluteMs: 7 * 86_400_000,
  /** The last-seen time of a session is written at most this often (per session). */
  touchEveryMs: 60_000,
} as const;

/** The session cookie: HttpOnly, SameSite=Strict, Path=/, Secure on https. */
export const SESSION_COOKIE = 'scamgraph_session';

export type CodePurpose = 'signin' | 'invite';
