// Apollo Server: schema, error formatting (stable codes, no stack traces), no CDN landing page.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { ScamgraphError, toGraphQLError } from '../errors.js';
import type { GraphQLContext } from '../graphql-context.js';
import { loadTypeDefs, resolvers } from '../graphql-schema.js';

/** Argument literals of the wrong type are the caller's input errors, like bad variables. */
const INPUT_VALIDATION =
  /cannot represent|Expected value of type|Expected type|got invalid value|not defined by type/i;

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
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && INPUT_VALIDATION.test(formatted.message)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
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
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Shutdown is ours (server/main.ts): HTTP first, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
