// Typed errors with stable codes; GraphQL responses carry the code in `extensions.code`.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export class ScamgraphError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

export class BadInputError extends ScamgraphError {
  constructor(
    message: string,
    details: { field?: string; reason?: string; [k: string]: unknown } = {},
  ) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends ScamgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

export class ForbiddenError extends ScamgraphError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** The database cannot be reached or is not ready; the caller may retry later. */
export class UnavailableError extends ScamgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('UNAVAILABLE', message, details);
  }
}

export class ConflictError extends ScamgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

/** A failure that is our fault; its message is safe to show, its cause is logged, never sent. */
export class InternalError extends ScamgraphError {
  constructor(message: string, cause?: unknown) {
    super('INTERNAL_SERVER_ERROR', message);
    if (cause !== undefined) this.cause = cause;
  }
}

/** Turns any error into a GraphQL error with a stable code and no stack trace. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof ScamgraphError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  return new GraphQLError('Internal error; the server log has the details.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
