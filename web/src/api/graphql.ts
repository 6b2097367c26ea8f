// The web client's one way to the API: POST /graphql (with the session cookie), errors surfaced with their codes.
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Dispatched on `window` whenever the API answers UNAUTHENTICATED. */
export const UNAUTHENTICATED_EVENT = 'scamgraph:unauthenticated';

/** Same-origin requests carry the session cookie (fetch's default credentials: same-origin). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const error = body?.errors?.[0];
  // The session ended (signed out elsewhere, expired, account disabled): the app shows its sign-in screen.
  if (error?.extensions?.code === 'UNAUTHENTICATED' && typeof window !== 'undefined')
    window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'ERROR');
  if (!response.ok || !body?.data)
    throw new ApiError(`The server answered ${response.status}.`, 'UNAVAILABLE');
  return body.data;
}
