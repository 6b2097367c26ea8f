import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel, EdgeModel } from '../modules/entities/entities-types.js';
import type { GraphQLContext } from '../graphql-context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A relationship between two entities, with its provenance. */
export type Edge = {
  __typename?: 'Edge';
  /** Confidence 0–100. */
  confidence: Scalars['Int']['output'];
  /** First seen (ISO-8601 UTC). */
  firstSeen?: Maybe<Scalars['String']['output']>;
  /** Id of the start node. */
  from: Scalars['ID']['output'];
  /** Stable id of the relationship: `<from>|<TYPE>|<to>`. */
  id: Scalars['ID']['output'];
  /** Last seen (ISO-8601 UTC). */
  lastSeen?: Maybe<Scalars['String']['output']>;
  /** Type-specific properties (amount, asset, txCount…). */
  properties: Array<Property>;
  /** Ids of the sources behind this link. */
  sources: Array<Scalars['ID']['output']>;
  /** Who may see it. */
  tlp: Tlp;
  /** Id of the end node. */
  to: Scalars['ID']['output'];
  /** Relationship type. */
  type: RelType;
};

/** A node of the graph: an indicator, a compound, an organisation, a source or a victim report. */
export type Entity = {
  __typename?: 'Entity';
  /** Confidence 0–100. */
  confidence: Scalars['Int']['output'];
  /** Number of relationships (all directions). */
  degree: Scalars['Int']['output'];
  /** Human-readable form (Unicode domain, formatted phone number, compound name). */
  display: Scalars['String']['output'];
  /** First seen (ISO-8601 UTC). */
  firstSeen?: Maybe<Scalars['String']['output']>;
  /** Stable id: `<kind prefix>:<normalized key>`, e.g. `domain:example.com`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Last seen (ISO-8601 UTC). */
  lastSeen?: Maybe<Scalars['String']['output']>;
  /** Kind-specific properties (registrable, chain, country, lat/lon, amount…). */
  properties: Array<Property>;
  /** Values as they were seen before normalization. */
  raw: Array<Scalars['String']['output']>;
  /** The sources that reported it, with their reliability. */
  sources: Array<SourceRef>;
  /** True for generated demo data. */
  synthetic: Scalars['Boolean']['output'];
  /** Who may see it. */
  tlp: Tlp;
  /** Normalized key, e.g. `example.com`, `tron:T…`, `+447700900123`. */
  value: Scalars['String']['output'];
};

/** The kind of an entity; each kind is one node label in the graph. */
export type EntityKind =
  /** A messaging or social account: `<platform>:<handle>`. */
  | 'ACCOUNT'
  /** A mobile app: Android package id or `ios:<id>`. */
  | 'APP'
  /** A physical scam centre. */
  | 'COMPOUND'
  /** An Internet domain name (key: lower-case, IDN as punycode). */
  | 'DOMAIN'
  /** An e-mail address. */
  | 'EMAIL'
  /** An IPv4 or IPv6 address. */
  | 'IP_ADDRESS'
  /** A criminal group, front company, operator or landlord. */
  | 'ORGANIZATION'
  /** A phone number in E.164. */
  | 'PHONE'
  /** A report, feed, partner submission or victim report that is the source of data. */
  | 'SOURCE'
  /** A canonical URL, linked to its domain. */
  | 'URL'
  /** A victim's report of contact and loss. */
  | 'VICTIM_REPORT'
  /** A cryptocurrency wallet: `<chain>:<address>`. */
  | 'WALLET';

/** How many nodes carry a label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** Number of nodes. */
  count: Scalars['Int']['output'];
  /** The entity kind. */
  kind: EntityKind;
};

/** What a pasted value was recognised as, and whether the graph has it. */
export type LookupResult = {
  __typename?: 'LookupResult';
  /** The entity, when the graph has it. */
  entity?: Maybe<Entity>;
  /** The id it has or would have in the graph. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The input as given. */
  input: Scalars['String']['output'];
  /** The kind it was recognised as. */
  kind?: Maybe<EntityKind>;
  /** What was wrong, for a person. */
  message?: Maybe<Scalars['String']['output']>;
  /** The normalized key. */
  normalized?: Maybe<Scalars['String']['output']>;
  /** Why it was not recognised (a stable code such as INVALID_DOMAIN or BAD_CHECKSUM). */
  reason?: Maybe<Scalars['String']['output']>;
  /** True when the value was recognised and normalized. */
  recognized: Scalars['Boolean']['output'];
};

/** Relay-style page information for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Shortest paths between two entities. */
export type PathResult = {
  __typename?: 'PathResult';
  /** True when at least one path exists within maxDepth. */
  found: Scalars['Boolean']['output'];
  /** Number of relationships on the shortest path(s). */
  length?: Maybe<Scalars['Int']['output']>;
  /** Each shortest path as the ordered ids of its nodes (at most 5 paths). */
  paths: Array<Array<Scalars['ID']['output']>>;
  /** All nodes and edges of those paths. */
  subgraph: Subgraph;
};

/** A property of an entity or link that has no field of its own; lists are JSON-encoded. */
export type Property = {
  __typename?: 'Property';
  /** Property name as stored, e.g. `registrable`, `chain`, `country`. */
  key: Scalars['String']['output'];
  /** Its value as text (numbers and booleans as written, lists as JSON). */
  value: Scalars['String']['output'];
};

/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The connected infrastructure around an entity (domains, apps, wallets, phones, accounts, compounds,
   * organisations; not via sources), up to 4 hops and `limit` nodes (1–5000).
   */
  cluster: Subgraph;
  /** One entity by id; NOT_FOUND when the graph has no such entity. */
  entity: Entity;
  /**
   * Recognise any pasted indicator (defanged domains, URLs, local phone numbers with defaultRegion, wallets,
   * store links), normalize it and return the matching entity, or why it was not recognised.
   */
  lookup: LookupResult;
  /**
   * The entities within `depth` hops of an entity (depth 1–3, limit 1–2000 nodes), nearest first, and the
   * links among them. Sources are shown but not expanded through. `truncated` tells when the limit cut it short.
   */
  neighborhood: Subgraph;
  /** Liveness of the API itself (always true when it answers). */
  ok: Scalars['Boolean']['output'];
  /** Full-text and exact search over values, names and aliases. Exact normalized matches come first. */
  search: SearchConnection;
  /** Shortest path(s) between two entities over infrastructure links (not via shared sources), maxDepth 1–10. */
  shortestPath: PathResult;
  /** Counts per kind and relationship type. */
  stats: Stats;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryLookupArgs = {
  defaultRegion?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EntityKind>;
  value: Scalars['String']['input'];
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryShortestPathArgs = {
  fromId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};

/** How many relationships have a type. */
export type RelCount = {
  __typename?: 'RelCount';
  /** Number of relationships. */
  count: Scalars['Int']['output'];
  /** The relationship type. */
  type: RelType;
};

/** Relationship types; direction matters (see docs/data-model.md). */
export type RelType =
  /** (Phone|Account|Email)-[:CONTACT_FOR]->(Domain|App) */
  | 'CONTACT_FOR'
  /** (VictimReport)-[:INVOLVES]->(X) */
  | 'INVOLVES'
  /** (Url)-[:ON_DOMAIN]->(Domain) */
  | 'ON_DOMAIN'
  /** (X)-[:OPERATED_FROM]->(Compound) */
  | 'OPERATED_FROM'
  /** (Domain|App)-[:PAYS_TO]->(Wallet): a deposit address shown to victims. */
  | 'PAYS_TO'
  /** (X)-[:REPORTED_IN]->(Source) */
  | 'REPORTED_IN'
  /** (Domain)-[:RESOLVES_TO]->(IpAddress) */
  | 'RESOLVES_TO'
  /** (Domain)-[:ROTATED_TO]->(Domain): a campaign moved from one domain to the next. */
  | 'ROTATED_TO'
  /** (Compound|X)-[:RUN_BY]->(Organization) */
  | 'RUN_BY'
  /** (Wallet)-[:TRANSFERRED_TO]->(Wallet) with amount, asset and txCount. */
  | 'TRANSFERRED_TO'
  /** (App)-[:USES_DOMAIN]->(Domain) */
  | 'USES_DOMAIN';

/** A page of search results. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits on this page. */
  hits: Array<SearchHit>;
  /** How to fetch the next page. */
  pageInfo: PageInfo;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Cursor of this hit. */
  cursor: Scalars['String']['output'];
  /** True when the query, normalized, is exactly this entity's key. */
  exact: Scalars['Boolean']['output'];
  /** The entity found. */
  node: Entity;
  /** Relevance (higher is better); exact matches come first. */
  score: Scalars['Float']['output'];
};

/** A source as cited on an entity or link. */
export type SourceRef = {
  __typename?: 'SourceRef';
  /** Source id, e.g. `source:infoblox-pig-butchering-2025`. */
  id: Scalars['ID']['output'];
  /** Name of the report, feed or submission. */
  name: Scalars['String']['output'];
  /** Admiralty reliability A (reliable) to F (cannot be judged). */
  reliability?: Maybe<Scalars['String']['output']>;
  /** Where to read it, when public. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Counts over the whole graph. */
export type Stats = {
  __typename?: 'Stats';
  /** True when the graph holds generated demo data. */
  hasSyntheticData: Scalars['Boolean']['output'];
  /** Nodes per kind, every kind listed (zero when absent). */
  nodes: Array<LabelCount>;
  /** Relationships per type, every type listed. */
  relationships: Array<RelCount>;
  /** All nodes. */
  totalNodes: Scalars['Int']['output'];
  /** All relationships. */
  totalRelationships: Scalars['Int']['output'];
};

/** A set of nodes and the edges among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The relationships among them. */
  edges: Array<Edge>;
  /** The entities. */
  nodes: Array<Entity>;
  /** True when the limit cut the result short: there is more to load. */
  truncated: Scalars['Boolean']['output'];
};

/** Traffic Light Protocol 2.0 level: who may see an entity or link. */
export type Tlp =
  /** Limited to the recipient's organisation and its clients. */
  | 'AMBER'
  /** Limited to the recipient's organisation only. */
  | 'AMBER_STRICT'
  /** May be shared publicly. */
  | 'CLEAR'
  /** Limited to the community. */
  | 'GREEN'
  /** For the named recipients only. */
  | 'RED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Edge: ResolverTypeWrapper<EdgeModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityKind: EntityKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  LookupResult: ResolverTypeWrapper<Omit<LookupResult, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathResult: ResolverTypeWrapper<Omit<PathResult, 'subgraph'> & { subgraph: ResolversTypes['Subgraph'] }>;
  Property: ResolverTypeWrapper<Property>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelCount: ResolverTypeWrapper<RelCount>;
  RelType: RelType;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'hits'> & { hits: Array<ResolversTypes['SearchHit']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Entity'] }>;
  SourceRef: ResolverTypeWrapper<SourceRef>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Tlp: Tlp;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Edge: EdgeModel;
  Entity: EntityModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LabelCount: LabelCount;
  LookupResult: Omit<LookupResult, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  PageInfo: PageInfo;
  PathResult: Omit<PathResult, 'subgraph'> & { subgraph: ResolversParentTypes['Subgraph'] };
  Property: Property;
  Query: Record<PropertyKey, never>;
  RelCount: RelCount;
  SearchConnection: Omit<SearchConnection, 'hits'> & { hits: Array<ResolversParentTypes['SearchHit']> };
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Entity'] };
  SourceRef: SourceRef;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Entity']> };
}>;

export type EdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['Property']>, ParentType, ContextType>;
  raw?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
}>;

export type LookupResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LookupResult'] = ResolversParentTypes['LookupResult']> = ResolversObject<{
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  normalized?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recognized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathResult'] = ResolversParentTypes['PathResult']> = ResolversObject<{
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paths?: Resolver<Array<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
}>;

export type PropertyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryClusterArgs, 'id' | 'limit'>>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  lookup?: Resolver<ResolversTypes['LookupResult'], ParentType, ContextType, RequireFields<QueryLookupArgs, 'value'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  shortestPath?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'fromId' | 'maxDepth' | 'toId'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
}>;

export type RelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelCount'] = ResolversParentTypes['RelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceRef'] = ResolversParentTypes['SourceRef']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reliability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = ResolversObject<{
  hasSyntheticData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelCount']>, ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  LookupResult?: LookupResultResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelCount?: RelCountResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SourceRef?: SourceRefResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
}>;

