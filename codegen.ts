// GraphQL Code Generator: resolver types from server/modules/**/*.graphql into server/__generated__.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/modules/**/*.graphql',
  generates: {
    'server/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../graphql-context.js#GraphQLContext',
        mappers: {
          Entity: '../modules/entities/entities-types.js#EntityModel',
          Edge: '../modules/entities/entities-types.js#EdgeModel',
          LookupResult: '../modules/entities/entities-types.js#LookupModel',
          Cluster: '../modules/clusters/clusters-types.js#ClusterModel',
          ClusterEvent: '../modules/clusters/clusters-types.js#ClusterEventModel',
          LinkStep: '../modules/clusters/clusters-types.js#LinkStepModel',
          LinkExplanation: '../modules/clusters/clusters-types.js#LinkExplanationModel',
        },
      },
    },
  },
};
export default config;
