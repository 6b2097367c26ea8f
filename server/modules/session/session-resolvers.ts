// Who am I, organisations, accounts and invitations: one-liners over the session service.
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { toAccount, toMe, toOrganisation } from './session-map.js';
import * as session from './session-service.js';

export const sessionResolvers: Resolvers = {
  Query: {
    me: async (_, __, { services, ctx }) => toMe(await session.me(services.executor, ctx)),
    organisations: async (_, __, { services, ctx }) =>
      (await session.organisations(services.executor, ctx)).map(toOrganisation),
    accounts: async (_, __, { services, ctx }) =>
      (await session.accounts(services.executor, ctx)).map(toAccount),
  },
  Mutation: {
    createOrganisation: async (_, { name }, { services, ctx }) =>
      toOrganisation(await session.createOrganisation(services.executor, ctx, name)),
    inviteAccount: async (_, { org, ...args }, { services, ctx, baseUrl }) => {
      const input = { ...args, organisation: org };
      const invitation = await session.inviteAccount(services.executor, ctx, input, baseUrl ?? '');
      return { ...invitation, account: toAccount(invitation.account) };
    },
  },
};
