// Apollo Server: schema, query limits (GraphQL Armor + our cost rule), error formatting (stable codes, no stack
// traces, no field suggestions outside development), no CDN landing page.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ScamgraphError, toGraphQLError } from '../errors.js';
import type { GraphQLContext } from '../graphql-context.js';
import { loadTypeDefs, resolvers } from '../graphql-schema.js';
import { MAX_QUERY_COST, costLimitRule } from './query-cost.js';
import { auditPlugin } from '../modules/audit/audit-plugin.js';

/**
 * Limits on one GraphQL request, checked before anything runs (docs/security.md). The web client's largest
 * query has 82 tokens, depth 5, no alias and no directive; GraphiQL's introspection query 184 tokens.
 */
export const GRAPHQL_LIMITS = {
  /** Lexical tokens in the document; the parser stops at the first one over (no huge document is parsed). */
  maxTokens: 1_000,
  /** Aliased fields (`a: entity(…)`), fragments counted at every use; `__typename` aliases count too. */
  maxAliases: 15,
  /** Nesting of fields (fragments flattened); introspection is bounded by graphql's own depth rule. */
  maxDepth: 7,
  /** Directives (`@include`, `@skip`…) in one document. */
  maxDirectives: 10,
  /** Work units (server/http/query-cost.ts): expensive fields cost what their resolver may do. */
  maxCost: MAX_QUERY_COST,
} as const;

/** The reasons a request is refused for its shape; formatError gives them code BAD_USER_INPUT. */
const LIMIT_REASONS = new Set([
  'MAX_TOKENS',
  'MAX_ALIASES',
  'MAX_DEPTH',
  'MAX_DIRECTIVES',
  'COST_LIMIT',
]);

/** Reports an Armor rejection as BAD_USER_INPUT with a stable reason and what to do about it. */
function reject(reason: string, advice: string): GraphQLArmorRejectCallback[] {
  return [
    (context, error) =>
      context?.reportError(
        new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${advice}`, {
          extensions: { code: 'BAD_USER_INPUT', reason },
        }),
      ),
  ];
}

/**
 * GraphQL Armor's alias, depth and directive rules. Its other three protections are done differently here:
 * its cost limit counts fields and `first` only, so our rule weighs our expensive fields instead; its Apollo
 * max-tokens plugin parses a second time and its rejection escapes as an HTTP 500, so graphql's own parser
 * enforces maxTokens (parseOptions); its suggestion mask misses enum-value suggestions and leaves a stray "?",
 * so formatError removes every "Did you mean …?".
 */
function armorRules() {
  return new ApolloArmor({
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxAliases: {
      n: GRAPHQL_LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject: reject(
        'MAX_ALIASES',
        'Send fewer aliased fields per request, or several requests.',
      ),
    },
    maxDepth: {
      n: GRAPHQL_LIMITS.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reject('MAX_DEPTH', 'Select less deeply nested fields.'),
    },
    maxDirectives: {
      n: GRAPHQL_LIMITS.maxDirectives,
      propagateOnRejection: false,
      onReject: reject('MAX_DIRECTIVES', 'Use fewer directives per request.'),
    },
  }).protect();
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Argument literals of the wrong type are the caller's input errors, like bad variables. */
const INPUT_VALIDATION =
  /cannot represent|Expected value of type|Expected type|got invalid value|not defined by type/i;

/** Errors Apollo and graphql raise for requests they will not run, which carry no code of their own. */
const REQUEST_ERRORS =
  /^(Schema is not configured to execute \w+ operation|provided sha does not match query|PersistedQueryNotSupported|PersistedQueryNotFound|Too many errors processing variables)/;

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  // Duck-typed: graphql may be loaded twice (ESM and CommonJS), so instanceof GraphQLError is unreliable.
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (original instanceof ScamgraphError) {
    const e = toGraphQLError(original);
    return {
      message: e.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: e.extensions,
    };
  }
  if (process.env.NODE_ENV !== 'development') {
    formatted = { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
  }
  const code = formatted.extensions?.code;
  const reason = formatted.extensions?.reason;
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' &&
    typeof reason === 'string' &&
    LIMIT_REASONS.has(reason)
  ) {
    const { http: _h, stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  }
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    return {
      message: `The query has more than ${tokens[1]} tokens (names, punctuation, values); send a shorter query and pass values as variables.`,
      extensions: { code: 'BAD_USER_INPUT', reason: 'MAX_TOKENS' },
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && INPUT_VALIDATION.test(formatted.message)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (
    (code === 'INTERNAL_SERVER_ERROR' || code === undefined) &&
    REQUEST_ERRORS.test(formatted.message)
  ) {
    // Requests this server cannot run (no subscriptions, a persisted-query hash that does not match):
    // the caller's to fix, not ours.
    return {
      message: formatted.message,
      extensions: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_REQUEST' },
    };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    console.error('[graphql] internal error:', original ?? error);
    return {
      message: 'Internal error; the server log has the details.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

export function createApollo(): ApolloServer<GraphQLContext> {
  const armor = armorRules();
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    introspection: true,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: [...armor.validationRules, costLimitRule(GRAPHQL_LIMITS.maxCost)],
    // Shutdown is ours (server/main.ts): HTTP first, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), auditPlugin()],
  });
}
