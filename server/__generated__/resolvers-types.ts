import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel, EdgeModel, LookupModel } from '../modules/entities/entities-types.js';
import type { ClusterModel, ClusterEventModel, LinkStepModel, LinkExplanationModel } from '../modules/clusters/clusters-types.js';
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

/** What an account may do: admin (everything, including accounts), analyst (reads, ingests, saves sets), partner (reads, exports, submits as its organisation), viewer (reads only). */
export type AccountRole =
  /** Everything, including organisations, accounts, invitations and the audit log. */
  | 'ADMIN'
  /** Reads what its organisation may see, ingests, saves indicator sets. */
  | 'ANALYST'
  /** Reads what its organisation may see, exports, submits into its organisation's sources. */
  | 'PARTNER'
  /** Reads only. */
  | 'VIEWER';

/** One audited request or change: who, for which organisation, what, which ids, how many, when. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** The account (or token) that acted. */
  account: Scalars['String']['output'];
  /** When it happened (ISO-8601 UTC). */
  at: Scalars['String']['output'];
  /** How many things it returned or changed. */
  count: Scalars['Int']['output'];
  /** A short note: a filter, a format, a reason. Never data values. */
  detail: Scalars['String']['output'];
  /** The event's id (`audit:<uuid>`). */
  id: Scalars['ID']['output'];
  /** The first ids it touched or returned (at most 1,000; `count` is exact). */
  ids: Array<Scalars['String']['output']>;
  /** The most restrictive TLP among what it returned, when AMBER or above. */
  maxTlp?: Maybe<Scalars['String']['output']>;
  /**
   * What happened, `area:action`: `query:neighborhood` (a read that returned AMBER or above), `mutation:ingest`,
   * `export:csv`, `taxii:objects`, `ingest:upload`, `signin`, `signin:token`, `signout`, `token:create`,
   * `token:revoke`, `account:create`, `account:disable`, `org:create`, `audit:read`… A request that did several
   * things lists them space-separated, its own first (`mutation:inviteAccount account:create`).
   */
  operation: Scalars['String']['output'];
  /** The organisation it acted for. */
  org: Scalars['String']['output'];
  /** ok, refused or failed. */
  outcome: Scalars['String']['output'];
};

/** A page of audit events, newest first. */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** The events of this page. */
  events: Array<AuditEvent>;
  /** Pass as `after` for the next (older) page; null on the last page. */
  next?: Maybe<Scalars['String']['output']>;
};

/** Which audit events to list; every condition is optional and all given conditions must hold. */
export type AuditFilterInput = {
  /** Only events of this account id (`user:<name>`, or a token id for tokens made before accounts). */
  account?: InputMaybe<Scalars['String']['input']>;
  /** Only events one of whose operations starts with this: `taxii` matches `taxii:objects` and `taxii:manifest`. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Only events of this organisation (its key, e.g. `mekong-telco`). */
  org?: InputMaybe<Scalars['String']['input']>;
  /** Only events at or after this ISO-8601 time. */
  since?: InputMaybe<Scalars['String']['input']>;
  /** Only events before this ISO-8601 time. */
  until?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A cluster: infrastructure that belongs together (shared wallets, phones, accounts, domains, apps, IP
 * addresses, compounds, operators), computed over what the caller may see. Its id is stable across
 * recomputation (matched by member overlap); see docs/clusters.md.
 */
export type Cluster = {
  __typename?: 'Cluster';
  /** Countries of its members (compounds, IP addresses, phones…), ISO 3166 codes, most frequent first. */
  countries: Array<Scalars['String']['output']>;
  /** When this cluster was first seen (ISO-8601 UTC). */
  createdAt: Scalars['String']['output'];
  /** Readable name generated from the id (alliterative adjective and animal, e.g. `Amber Heron`). */
  generatedName: Scalars['String']['output'];
  /** What happened to this cluster, newest first. */
  history: Array<ClusterEvent>;
  /** Stable id, `cl-` and 10 base32 characters, e.g. `cl-7k2m9q4xbd`. */
  id: Scalars['ID']['output'];
  /** Members per kind. */
  kinds: Array<LabelCount>;
  /** Members, largest degree first (`first` 1–1000). */
  members: Array<Entity>;
  /** Ids this cluster absorbed (merges), newest first. */
  mergedFrom: Array<Scalars['ID']['output']>;
  /** Display name: the analyst's name when renamed, else the generated one. */
  name: Scalars['String']['output'];
  /** Members that joined in the last 30 days of the data (growth). */
  recentGrowth: Scalars['Int']['output'];
  /** True when an analyst renamed it. */
  renamed: Scalars['Boolean']['output'];
  /** Reported losses in USD of the victim reports involving members. */
  reportedLossUsd: Scalars['Float']['output'];
  /** Number of members. */
  size: Scalars['Int']['output'];
  /** The members and the links among them (`limit` 1–5000 nodes). */
  subgraph: Subgraph;
  /** When its members last changed (ISO-8601 UTC). */
  updatedAt: Scalars['String']['output'];
  /** Victim reports involving members (deduplicated) and their losses in USD. */
  victimReports: Scalars['Int']['output'];
};


/**
 * A cluster: infrastructure that belongs together (shared wallets, phones, accounts, domains, apps, IP
 * addresses, compounds, operators), computed over what the caller may see. Its id is stable across
 * recomputation (matched by member overlap); see docs/clusters.md.
 */
export type ClusterMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
};


/**
 * A cluster: infrastructure that belongs together (shared wallets, phones, accounts, domains, apps, IP
 * addresses, compounds, operators), computed over what the caller may see. Its id is stable across
 * recomputation (matched by member overlap); see docs/clusters.md.
 */
export type ClusterSubgraphArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of clusters. */
export type ClusterConnection = {
  __typename?: 'ClusterConnection';
  /** Pass as `after` to fetch the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The clusters on this page. */
  nodes: Array<Cluster>;
  /** Clusters matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One event in a cluster's history. */
export type ClusterEvent = {
  __typename?: 'ClusterEvent';
  /** Members added. */
  added: Scalars['Int']['output'];
  /** When (ISO-8601 UTC). */
  at: Scalars['String']['output'];
  /** The cluster it happened to. */
  clusterId: Scalars['ID']['output'];
  /** What happened. */
  kind: ClusterEventKind;
  /** The other clusters involved (merged in, merged into, split off). */
  others: Array<Scalars['ID']['output']>;
  /** Members removed. */
  removed: Scalars['Int']['output'];
  /** Size after, when known. */
  sizeAfter?: Maybe<Scalars['Int']['output']>;
  /** Size before, when known. */
  sizeBefore?: Maybe<Scalars['Int']['output']>;
  /** One line for a person. */
  summary: Scalars['String']['output'];
};

/** What happened to a cluster. */
export type ClusterEventKind =
  /** First seen. */
  | 'CREATED'
  /** Gained members. */
  | 'GREW'
  /** Absorbed other clusters (`others`), or was absorbed into `others[0]`. */
  | 'MERGED'
  /** An analyst renamed it. */
  | 'RENAMED'
  /** Lost members. */
  | 'SHRANK'
  /** Parts of it became other clusters (`others`). */
  | 'SPLIT';

/** Which clusters to list. */
export type ClusterFilter = {
  /** Only clusters with a member in this country (ISO 3166 code). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only clusters with a member of this kind. */
  kind?: InputMaybe<EntityKind>;
  /** Only clusters with at least this many members. */
  minSize?: InputMaybe<Scalars['Int']['input']>;
  /** Only clusters whose name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only clusters changed at or after this time (ISO-8601). */
  updatedSince?: InputMaybe<Scalars['String']['input']>;
};

/** Funds arriving at exchange, consolidation or OTC wallets from one cluster's deposit wallets in one month. */
export type ClusterInflow = {
  __typename?: 'ClusterInflow';
  /** The cluster of the deposit wallets the funds came from. */
  clusterId: Scalars['ID']['output'];
  /** Its name. */
  clusterName: Scalars['String']['output'];
  /** High end of the range. */
  high: Scalars['Float']['output'];
  /** Low end of the range. */
  low: Scalars['Float']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** Arrivals in USD (the estimate). */
  usd: Scalars['Float']['output'];
};

/** How to order clusters. */
export type ClusterOrder =
  /** Most recent growth first. */
  | 'GROWTH_DESC'
  /** Highest reported losses first. */
  | 'LOSSES_DESC'
  /** By name. */
  | 'NAME_ASC'
  /** Largest first. */
  | 'SIZE_DESC'
  /** Most recently changed first. */
  | 'UPDATED_DESC';

/** The result of recomputing clusters. */
export type ClusterRecompute = {
  __typename?: 'ClusterRecompute';
  /** Clusters in the caller's view. */
  clusters: Scalars['Int']['output'];
  /** Events this recomputation recorded. */
  events: Scalars['Int']['output'];
  /** `full` or `incremental`. */
  mode: Scalars['String']['output'];
  /** Time taken in milliseconds. */
  ms: Scalars['Int']['output'];
};

/** A compound with its status history (oldest first), for a map with a time slider. */
export type CompoundTimeline = {
  __typename?: 'CompoundTimeline';
  /** ISO 3166-1 alpha-2 country code, when known. */
  country?: Maybe<Scalars['String']['output']>;
  /** Status changes, oldest first; the status at a date is the latest change on or before it. */
  history: Array<StatusChange>;
  /** The compound's entity id. */
  id: Scalars['ID']['output'];
  /** Latitude, when known. */
  lat?: Maybe<Scalars['Float']['output']>;
  /** Longitude, when known. */
  lon?: Maybe<Scalars['Float']['output']>;
  /** Its name as the caller's visible sources give it. */
  name: Scalars['String']['output'];
};

/** Compounds of one country by their status today (the latest visible status). */
export type CountryCompounds = {
  __typename?: 'CountryCompounds';
  /** Compounds whose latest status (at the end of the period) is active. */
  active: Scalars['Int']['output'];
  /** Compounds whose latest status is closed. */
  closed: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** The compounds (at most 500). */
  entityIds: Array<Scalars['ID']['output']>;
  /** Compounds whose latest status is raided. */
  raided: Scalars['Int']['output'];
  /** Compounds whose latest status is relocated. */
  relocated: Scalars['Int']['output'];
  /** All compounds of the country, including those with no known status. */
  total: Scalars['Int']['output'];
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
  /** Number of distinct neighbours you can see over links you can see (all directions; sources not counted). */
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

/** What the estimates count: a period, a country, a minimum source reliability, one cluster, some sources. */
export type EstimateFilter = {
  /** Count only what involves this cluster's members (a cluster id `cl-…`). */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 country code, e.g. MM, KH. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Start of the period (ISO-8601 date or time, inclusive). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Count only inputs from sources at least this reliable (Admiralty A–F; A is the most reliable). */
  minReliability?: InputMaybe<Scalars['String']['input']>;
  /** Count only inputs from these source ids. */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** End of the period (ISO-8601 date or time, inclusive). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Scale estimates over what the caller may see: every figure with its method, sources and range. */
export type Estimates = {
  __typename?: 'Estimates';
  /** Every counted compound with its status history. */
  compounds: Array<CompoundTimeline>;
  /** Compounds per country by current status. */
  compoundsByCountry: Array<CountryCompounds>;
  /** The headline figures. */
  figures: Array<Figure>;
  /** When the estimates were computed (ISO-8601 UTC). */
  generatedAt: Scalars['String']['output'];
  /** Wallet inflows per cluster and month. */
  inflowsByCluster: Array<ClusterInflow>;
  /** Wallet inflows (USD) to exchange, consolidation or OTC wallets by the month of the transfer. */
  inflowsByMonth: Series;
  /** Deduplicated reported losses (USD) by the month of the report. */
  lossesByMonth: Series;
  /** Every source behind any figure. */
  sources: Array<SourceRef>;
  /** The highest TLP among the inputs: how far these figures may travel. */
  tlp: Tlp;
  /** Deduplicated victims by the month of their report. */
  victimsByMonth: Series;
};

/** Inputs a figure left out, and why. */
export type ExcludedInput = {
  __typename?: 'ExcludedInput';
  /** How many inputs were left out for this reason. */
  count: Scalars['Int']['output'];
  /** Why they were left out, an UPPER_SNAKE code (e.g. DUPLICATE_REPORT, NO_AMOUNT, UNRELIABLE_SOURCE). */
  reason: Scalars['String']['output'];
};

/** A file format an indicator set can be exported in through GraphQL (packs and feeds: the CLI). */
export type ExportFormat =
  /** CSV, one row per indicator (RFC 4180). */
  | 'CSV'
  /** One MISP event (JSON). */
  | 'MISP'
  /** A STIX 2.1 bundle (application/stix+json;version=2.1). */
  | 'STIX';

/** An export returned inline (small selections; use the CLI or TAXII for large ones). */
export type ExportResult = {
  __typename?: 'ExportResult';
  /** The file's content. */
  content: Scalars['String']['output'];
  /** STIX objects, CSV rows, or MISP attributes and objects written. */
  count: Scalars['Int']['output'];
  /** A suggested file name. */
  filename: Scalars['String']['output'];
  /** The format. */
  format: ExportFormat;
  /** Its media type, e.g. `application/stix+json;version=2.1`. */
  mediaType: Scalars['String']['output'];
};

/** One figure with its range, the method behind it and the sources it stands on. */
export type Figure = {
  __typename?: 'Figure';
  /** How many inputs were counted. */
  counted: Scalars['Int']['output'];
  /** The entities behind the figure (at most 500), for click-through. */
  entityIds: Array<Scalars['ID']['output']>;
  /** Inputs left out, by reason. */
  excluded: Array<ExcludedInput>;
  /** Upper end of the range. */
  high: Scalars['Float']['output'];
  /** Stable key: compounds.total, compounds.active, compounds.raided, compounds.relocated, compounds.closed, victims, losses.usd, inflows.usd. */
  key: Scalars['String']['output'];
  /** Label for people. */
  label: Scalars['String']['output'];
  /** Lower end of the range. */
  low: Scalars['Float']['output'];
  /** How the value is computed (a short text). */
  method: Scalars['String']['output'];
  /** How the low–high range is formed. */
  rangeMethod: Scalars['String']['output'];
  /** The sources of the counted inputs. */
  sources: Array<SourceRef>;
  /** Unit: compounds, victims, USD. */
  unit: Scalars['String']['output'];
  /** The best estimate. */
  value: Scalars['Float']['output'];
};

/** The filter an indicator set was saved with. */
export type IndicatorFilter = {
  __typename?: 'IndicatorFilter';
  /** Country (ISO 3166 alpha-2). */
  country?: Maybe<Scalars['String']['output']>;
  /** Only these kinds; empty means all exportable kinds. */
  kinds: Array<EntityKind>;
  /** Highest TLP exported. */
  maxTlp?: Maybe<Tlp>;
  /** Minimum confidence. */
  minConfidence?: Maybe<Scalars['Int']['output']>;
  /** Only entities last seen since (ISO-8601). */
  seenSince?: Maybe<Scalars['String']['output']>;
  /** Source id. */
  source?: Maybe<Scalars['ID']['output']>;
};

/** Which entities a selection keeps; every condition is optional and all given conditions must hold. */
export type IndicatorFilterInput = {
  /** ISO 3166 alpha-2 country: phones of that country, compounds in it and what is operated from them. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only these kinds (indicators, compounds, organisations). */
  kinds?: InputMaybe<Array<EntityKind>>;
  /** At most this TLP: only assertions up to it count, as if your clearance were this (it applies in any case). */
  maxTlp?: InputMaybe<Tlp>;
  /** Only entities with at least this confidence (0–100). */
  minConfidence?: InputMaybe<Scalars['Int']['input']>;
  /** Only entities last seen at or after this ISO-8601 date or time. */
  seenSince?: InputMaybe<Scalars['String']['input']>;
  /** Only entities that this source (id) reported in an assertion you may see. */
  source?: InputMaybe<Scalars['ID']['input']>;
};

/** A saved selection of indicators that partners receive as STIX, TAXII, MISP, CSV or takedown packs. */
export type IndicatorSet = {
  __typename?: 'IndicatorSet';
  /** The root entity, for CLUSTER sets (null when you may not see it). */
  clusterOf?: Maybe<Scalars['ID']['output']>;
  /** When it was created (ISO-8601). */
  createdAt: Scalars['String']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** The filter applied. */
  filter: IndicatorFilter;
  /** Stable id (a UUID); also the id of its TAXII collection. */
  id: Scalars['ID']['output'];
  /** The explicit ids, for IDS sets (those you may see). */
  ids: Array<Scalars['ID']['output']>;
  /** How it selects entities. */
  mode: IndicatorSetMode;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The organisation that owns it. */
  organisation: Scalars['String']['output'];
  /** Keys of the organisations it is shared with (shown to the owning organisation only; empty otherwise). */
  sharedWith: Array<Scalars['String']['output']>;
  /** Path of its TAXII 2.1 collection, relative to the server. */
  taxiiCollectionPath: Scalars['String']['output'];
};

/** What to save as an indicator set: give ids, or clusterOf, or only a filter (no selection = everything visible). */
export type IndicatorSetInput = {
  /** The entity whose cluster of connected infrastructure the set follows. */
  clusterOf?: InputMaybe<Scalars['ID']['input']>;
  /** Conditions applied on top of the ids or cluster, or alone. */
  filter?: InputMaybe<IndicatorFilterInput>;
  /** Explicit entity ids (at most 100,000). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A name people recognise, 1–200 characters. */
  name: Scalars['String']['input'];
  /**
   * Keys of other member organisations that may also list, read and export the set (and see it as a TAXII
   * collection); only the owning organisation may delete it. At most 100.
   */
  sharedWith?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How an indicator set selects its entities. */
export type IndicatorSetMode =
  /** Everything the caller may see. */
  | 'ALL'
  /** The connected infrastructure around one entity (as `cluster(id)`), recomputed at each export. */
  | 'CLUSTER'
  /** Every entity matching a filter. */
  | 'FILTER'
  /** Explicit entity ids. */
  | 'IDS';

/** A text format the `ingest` mutation reads. */
export type IngestFormat =
  /** An Adblock/AdGuard filter list: `||name^` rules; wildcard and partial patterns are rejected, exceptions (`@@`) skipped. */
  | 'ADBLOCK'
  /** CSV with a header row: an `indicator`/`value`/`ioc`/`Data` column (with an optional `type` column in our, MISP's or OpenCTI's words) or columns named for kinds (`domain`, `wallet`, `ethereum_address`, `phone`…), which link to the row's main indicator; or CSV without a header, each value detected. */
  | 'CSV'
  /** Running text (a report, a Markdown or AsciiDoc write-up, a chat export, an e-mail, an HTML page): every indicator in it is found, defanged forms, store and messenger links and wallets included; what one table row or short line names is linked, file hashes are skipped. */
  | 'FREETEXT'
  /** A hosts file: `0.0.0.0 name [name…]`, one row per name; `#` comments. */
  | 'HOSTS'
  /** A JSON list: an array of values or of records (read like CSV rows), an object of lists (`{"blacklist": [...]}`: see `keys`), or a map of value → related values (`{"scam.example": ["0x…"]}`, each key linked to its values). */
  | 'JSON'
  /** JSON Lines: one object per line, keys read like CSV headers. */
  | 'JSONL'
  /** A MISP event (JSON): attributes and objects we model; TLP from its tags. */
  | 'MISP'
  /** A STIX 2.1 bundle: indicator patterns and observables (domain-name, url, ipv4-addr, ipv6-addr, email-addr, phone-number, cryptocurrency-wallet). */
  | 'STIX'
  /** One value per line; `#` starts a comment line; the kind of each value is detected. */
  | 'TEXT'
  /** YAML: the shapes JSON has, with per-coin address maps under an entry (`addresses: {BTC: [...]}`) read as wallets with their asset. */
  | 'YAML';

/** A small submission of indicators (at most 1,000 values or 256 KB of text); larger files go to POST /api/ingest or the CLI. */
export type IngestInput = {
  /** Confidence 0–100 for values that carry none (default 50). */
  confidence?: InputMaybe<Scalars['Int']['input']>;
  /** Two-letter country for phone numbers written in local format, e.g. KH. */
  defaultRegion?: InputMaybe<Scalars['String']['input']>;
  /** The format of `text` (default TEXT). */
  format?: InputMaybe<IngestFormat>;
  /** JSON or YAML objects of lists: the keys whose lists are indicators, e.g. `["deny", "blacklist"]` (default: deny-like keys and keys naming a kind; allow-list keys such as `allow`, `whitelist`, `fuzzylist` are never read as scams). */
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Platform for bare @handles (telegram, whatsapp, line, wechat…). */
  platform?: InputMaybe<Scalars['String']['input']>;
  /**
   * Who also sees what this submission says at TLP RED: organisation keys, or `user:<account>` for one account.
   * Its submitter's organisation always sees it. Stored with the source at any TLP, but it only opens RED data.
   * At most 100 entries; an unknown one is BAD_USER_INPUT.
   */
  recipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reliability of the source on the Admiralty scale, A (reliable) to F (cannot be judged; the default). */
  reliability?: InputMaybe<Scalars['String']['input']>;
  /**
   * Organisations that also see what this submission says at TLP AMBER: organisation keys (as `scamgraph org list`
   * shows them, e.g. `mekong-telco`), or `community` for every member organisation. Your own organisation always
   * sees its data; the submitting organisation is always yours and cannot be given. Stored with the source at
   * any TLP, but it only opens AMBER data: CLEAR and GREEN are seen by every account anyway, AMBER+STRICT stays
   * within your organisation, RED goes to `recipients`. At most 100 entries; an unknown one is BAD_USER_INPUT.
   */
  shareWith?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who reported the data (a report, feed or partner); its slug is the Source id, e.g. `Partner X tips` → `source:partner-x-tips`. */
  source: Scalars['String']['input'];
  /** A document in `format`. Give `values` or `text`. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** TLP of the data; the stricter of this and the data's own marking applies (default AMBER). */
  tlp?: InputMaybe<Tlp>;
  /** Indicator values, one each, kinds detected (defanged forms and store or messenger links are understood). Give `values` or `text`. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How a reader read an input: its shape, and what each header or top-level key was read as. */
export type IngestLayout = {
  __typename?: 'IngestLayout';
  /** The names this shape takes as indicators. */
  accepts: Array<Scalars['String']['output']>;
  /** Each header or key, with what it was read as (`indicator`, `description`, `ignored`, `allow-list, not read`…). */
  columns: Array<IngestLayoutColumn>;
  /** The input (file name, or `text`/`values`/`upload`). */
  file: Scalars['String']['output'];
  /** What to do when nothing could be read (which keys to name, how to name a column). */
  note?: Maybe<Scalars['String']['output']>;
  /** The shape read, e.g. `csv (no header)`, `json object of lists`, `hosts file`. */
  shape: Scalars['String']['output'];
};

/** A header or key of an input and what it was read as. */
export type IngestLayoutColumn = {
  __typename?: 'IngestLayoutColumn';
  /** The header, column or top-level key as written in the input. */
  name: Scalars['String']['output'];
  /** What it was read as: indicator, a kind (domain, wallet…), type, description, ignored, allow-list… */
  readAs: Scalars['String']['output'];
};

/** A value or row that was not ingested, and why. */
export type IngestReject = {
  __typename?: 'IngestReject';
  /** The column, attribute or property it came from. */
  field: Scalars['String']['output'];
  /** Line (text, CSV, JSON Lines) or record number (STIX object, MISP attribute). */
  line: Scalars['Int']['output'];
  /** What is wrong, in words a person can act on. */
  message: Scalars['String']['output'];
  /** Stable reason code, e.g. INVALID_DOMAIN, BAD_CHECKSUM, UNKNOWN_KIND, MISSING_REGION. */
  reason: Scalars['String']['output'];
  /** The value as given. */
  value: Scalars['String']['output'];
  /** True for a value that was written with a warning (e.g. an address valid on another chain than stated), not rejected. */
  warning: Scalars['Boolean']['output'];
};

/** What an ingest did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Values that landed (implied ones, such as a URL's domain, not counted). */
  accepted: Scalars['Int']['output'];
  /** Nodes created. */
  created: Scalars['Int']['output'];
  /** Indicator values accepted (with implied ones such as a URL's domain). */
  indicators: Scalars['Int']['output'];
  /** How each input was read (its shape, headers or keys). */
  layouts: Array<IngestLayout>;
  /** Accepted values that went into nodes that already existed. */
  merged: Scalars['Int']['output'];
  /** What went wrong, in words, when the status is not OK. */
  notice?: Maybe<Scalars['String']['output']>;
  /** The submitting organisation the data is attributed to (the caller's). */
  organisation: Scalars['String']['output'];
  /** Records read that hold an indicator value. */
  read: Scalars['Int']['output'];
  /** Organisations and `user:<account>` entries that see the RED data besides the submitting organisation. */
  recipients: Array<Scalars['String']['output']>;
  /** Values or rows rejected. */
  rejected: Scalars['Int']['output'];
  /** Rejects per reason code. */
  rejectedByReason: Array<NamedCount>;
  /** The rejects themselves (the first 1,000). */
  rejects: Array<IngestReject>;
  /** Relationships written or widened (REPORTED_IN included). */
  relationships: Scalars['Int']['output'];
  /** Organisation keys (or `community`) that see the AMBER data besides the submitting organisation. */
  sharedWith: Array<Scalars['String']['output']>;
  /** Things the data holds that Scamgraph does not model (file hashes, STIX SDOs…), per type. */
  skippedByType: Array<NamedCount>;
  /** The Source node the data was recorded under. */
  sourceId: Scalars['ID']['output'];
  /** The verdict: OK, NOTHING_INGESTED or SOME_REJECTED (the CLI's exit codes 0, 2 and 3). */
  status: IngestStatus;
  /** Values the records named (each row's main and related values): always accepted + valuesRejected + valuesSkipped. */
  values: Scalars['Int']['output'];
  /** Values rejected. */
  valuesRejected: Scalars['Int']['output'];
  /** Values not ingested because Scamgraph does not model them (file hashes, a platform's own domain). */
  valuesSkipped: Scalars['Int']['output'];
  /** Values written with a warning. */
  warned: Scalars['Int']['output'];
  /** Warnings per reason code. */
  warningsByReason: Array<NamedCount>;
};

/** The verdict of an ingest. */
export type IngestStatus =
  /** No value landed: see `notice` and `layouts` for what the input looked like. */
  | 'NOTHING_INGESTED'
  /** Everything read landed (values skipped as not modelled are no failure). */
  | 'OK'
  /** Something was rejected, or an input could not be read to its end; the rest landed. */
  | 'SOME_REJECTED';

/** A one-time invitation link for an account: opening it signs the account in (once, within 7 days). */
export type Invitation = {
  __typename?: 'Invitation';
  /** The invited account. */
  account: MemberAccount;
  /** True when the account was created by this invitation (false: a new link for an existing account). */
  created: Scalars['Boolean']['output'];
  /** When the link stops working (ISO-8601 UTC). */
  expiresAt: Scalars['String']['output'];
  /** The link to send to the person: `<server>/signin?code=<one-time code>`. Shown only this once. */
  link: Scalars['String']['output'];
};

/** How many nodes carry a label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** Number of nodes. */
  count: Scalars['Int']['output'];
  /** The entity kind. */
  kind: EntityKind;
};

/** Why two entities belong together: the evidence path between them. */
export type LinkExplanation = {
  __typename?: 'LinkExplanation';
  /** Their cluster, when the same. */
  clusterId?: Maybe<Scalars['ID']['output']>;
  /** True when a path over visible infrastructure links exists. */
  found: Scalars['Boolean']['output'];
  /** One line for a person. */
  message: Scalars['String']['output'];
  /** True when both are in the same cluster. */
  sameCluster: Scalars['Boolean']['output'];
  /** The links of the shortest path, in order. */
  steps: Array<LinkStep>;
};

/** One link on the evidence path between two entities. */
export type LinkStep = {
  __typename?: 'LinkStep';
  /** Confidence 0–100. */
  confidence: Scalars['Int']['output'];
  /** First seen (ISO-8601 UTC). */
  firstSeen?: Maybe<Scalars['String']['output']>;
  /** Start of this step (in path order). */
  from: Entity;
  /** Last seen (ISO-8601 UTC). */
  lastSeen?: Maybe<Scalars['String']['output']>;
  /** The sources behind this link. */
  sources: Array<SourceRef>;
  /** Who may see this link. */
  tlp: Tlp;
  /** End of this step (in path order). */
  to: Entity;
  /** The relationship type (its stored direction may be the reverse of the path order). */
  type: RelType;
};

/** What a pasted value was recognised as, and whether the graph has it. */
export type LookupResult = {
  __typename?: 'LookupResult';
  /** The entity, when the graph has it. */
  entity?: Maybe<Entity>;
  /**
   * For a domain: the stored hostnames under it (for `example.test`: `www.example.test`, `m.example.test`…),
   * shortest first, only those the caller may see; found whether or not the domain itself is stored. Empty
   * for other kinds.
   */
  hostnames: Array<Entity>;
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
  /** For a domain: its registrable domain (eTLD+1), e.g. `example.test` for `www.example.test`. */
  registrable?: Maybe<Scalars['String']['output']>;
};


/** What a pasted value was recognised as, and whether the graph has it. */
export type LookupResultHostnamesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who the caller is: the signed-in account, or the account of its API token. */
export type Me = {
  __typename?: 'Me';
  /** The account's name, e.g. `admin`. */
  account: Scalars['String']['output'];
  /** The account's id, `user:<name>`. */
  accountId: Scalars['ID']['output'];
  /** Highest TLP the caller may read (an API token's clearance may be lower than its account's). */
  clearance: Tlp;
  /** The name of the account's organisation. */
  organisation: Scalars['String']['output'];
  /** The organisation's key (`local` for the host organisation, `mekong-telco`…). */
  organisationKey: Scalars['String']['output'];
  /** The account's role. */
  role: AccountRole;
};

/** An account of a member organisation. */
export type MemberAccount = {
  __typename?: 'MemberAccount';
  /** Highest TLP it may read. */
  clearance: Tlp;
  /** When it was created (ISO-8601 UTC). */
  createdAt: Scalars['String']['output'];
  /** True when an administrator disabled it: its sessions and tokens are refused. */
  disabled: Scalars['Boolean']['output'];
  /** `user:<name>` */
  id: Scalars['ID']['output'];
  /** The account's name (what it signs in as). */
  name: Scalars['String']['output'];
  /** The name of its organisation. */
  organisation: Scalars['String']['output'];
  /** The key of its organisation. */
  organisationKey: Scalars['String']['output'];
  /** Its role. */
  role: AccountRole;
};

/** A member organisation: the host, or a partner sharing data through this instance. */
export type MemberOrganisation = {
  __typename?: 'MemberOrganisation';
  /** How many accounts it has. */
  accounts: Scalars['Int']['output'];
  /** When it was created (ISO-8601 UTC). */
  createdAt: Scalars['String']['output'];
  /** `member:<key>` */
  id: Scalars['ID']['output'];
  /** The organisation's key, e.g. `mekong-telco` (what accounts and sets refer to). */
  key: Scalars['String']['output'];
  /** Its name as given. */
  name: Scalars['String']['output'];
};

/** Changes to the graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Saves a named selection of indicators as an indicator set (and a TAXII collection). */
  createIndicatorSet: IndicatorSet;
  /** Creates a member organisation (administrators only; CONFLICT when one with the same key exists). */
  createOrganisation: MemberOrganisation;
  /**
   * Deletes an indicator set and its TAXII collection (the indicators it selected stay) and returns it as it
   * was; NOT_FOUND when your organisation may not see it, FORBIDDEN when it is only shared with your
   * organisation (the owner deletes it).
   */
  deleteIndicatorSet: IndicatorSet;
  /** Follow a cluster, an entity or a search (following the same target twice returns the same watch). */
  follow: Watch;
  /** Ingests a small submission of indicators: normalized, deduplicated, linked and recorded with their source, attributed to the caller's organisation. Valid values are written even when others are rejected. Requires a role that may write (FORBIDDEN for viewers); CONFLICT when the source belongs to another organisation. */
  ingest: IngestResult;
  /**
   * Invites a person: creates the account (when new) in an existing organisation (its key, id or name) and
   * returns a one-time invitation link. For an existing account of the same organisation and role, a new link.
   * Administrators only (others get FORBIDDEN). The default clearance is RED (visibility still follows sharing).
   */
  inviteAccount: Invitation;
  /** Mark the changes of one watch (or all) seen; returns how many were marked. */
  markChangesSeen: Scalars['Int']['output'];
  /** Recompute the caller's view now: incrementally, or from scratch with `full`. */
  recomputeClusters: ClusterRecompute;
  /** Rename a cluster (analysts and admins); null restores the generated name. Audited. */
  renameCluster: Cluster;
  /** Set (or clear, with null) the webhook URL and its signing secret; an omitted secret keeps the old one. */
  setWebhook: WebhookSettings;
  /** Post a test payload to your webhook now and return its delivery. */
  testWebhook: WebhookDelivery;
  /** Stop following; false when no such watch of yours exists. */
  unfollow: Scalars['Boolean']['output'];
};


/** Changes to the graph. */
export type MutationCreateIndicatorSetArgs = {
  input: IndicatorSetInput;
};


/** Changes to the graph. */
export type MutationCreateOrganisationArgs = {
  name: Scalars['String']['input'];
};


/** Changes to the graph. */
export type MutationDeleteIndicatorSetArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the graph. */
export type MutationFollowArgs = {
  target: WatchTarget;
};


/** Changes to the graph. */
export type MutationIngestArgs = {
  input: IngestInput;
};


/** Changes to the graph. */
export type MutationInviteAccountArgs = {
  clearance?: InputMaybe<Tlp>;
  name: Scalars['String']['input'];
  org: Scalars['String']['input'];
  role: AccountRole;
};


/** Changes to the graph. */
export type MutationMarkChangesSeenArgs = {
  watchId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes to the graph. */
export type MutationRecomputeClustersArgs = {
  full?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Changes to the graph. */
export type MutationRenameClusterArgs = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the graph. */
export type MutationSetWebhookArgs = {
  secret?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the graph. */
export type MutationUnfollowArgs = {
  id: Scalars['ID']['input'];
};

/** How many times something happened, by name. */
export type NamedCount = {
  __typename?: 'NamedCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** A reject reason or a skipped type. */
  name: Scalars['String']['output'];
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
  /** Every account, by organisation then name (administrators only; others get FORBIDDEN). */
  accounts: Array<MemberAccount>;
  /** The append-only audit log, newest first (administrators only; others get FORBIDDEN). */
  auditEvents: AuditEventPage;
  /**
   * The connected infrastructure around an entity (domains, apps, wallets, phones, accounts, compounds,
   * organisations; not via sources), up to 4 hops and `limit` nodes (1–5000).
   */
  cluster: Subgraph;
  /** One cluster by id; a merged id answers the cluster it merged into; NOT_FOUND when not in the caller's view. */
  clusterById: Cluster;
  /** The cluster an entity belongs to; null for a visible entity in no cluster; NOT_FOUND for an unknown entity. */
  clusterOf?: Maybe<Cluster>;
  /** Clusters in the caller's view, brought up to date first. */
  clusters: ClusterConnection;
  /**
   * The compounds (physical scam centres) in the graph, by name, optionally only those of one country or
   * status. Each has its country, lat/lon and status among its properties.
   */
  compounds: Array<Entity>;
  /** One entity by id; NOT_FOUND when the graph has no such entity. */
  entity: Entity;
  /**
   * Scale estimates (compounds by country and status, victims, losses, wallet inflows) over what you may see,
   * each with its method, range and sources. See docs/estimates.md.
   */
  estimates: Estimates;
  /** The evidence path between two entities over visible infrastructure links, each step with its sources. */
  explainLink: LinkExplanation;
  /**
   * Exports a set (setId), a list of entity ids (ids: the explorer's "export selection"), an ad-hoc filter, or
   * everything the caller may see, inline. Only what the caller may see is exported: entities and links with an
   * assertion visible to it, and of those only what visible assertions say (TLP, confidence, dates, sources,
   * facts); an id the caller may not see is skipped as one that never existed. Content is capped at 20 MB
   * (BAD_USER_INPUT beyond that).
   */
  exportIndicators: ExportResult;
  /** One indicator set; NOT_FOUND when it does not exist or is neither owned by nor shared with your organisation. */
  indicatorSet: IndicatorSet;
  /** The indicator sets the caller's organisation owns or that are shared with it, oldest first. */
  indicatorSets: Array<IndicatorSet>;
  /**
   * Recognise any pasted indicator (defanged domains, URLs, local phone numbers with defaultRegion, wallets,
   * store links), normalize it and return the matching entity, or why it was not recognised.
   */
  lookup: LookupResult;
  /** Who the caller is; null for an anonymous caller of a public instance (SCAMGRAPH_PUBLIC=clear). */
  me?: Maybe<Me>;
  /**
   * The entities within `depth` hops of an entity (depth 1–3, limit 1–2000 nodes), nearest first, and the
   * links among them. Sources are shown but not expanded through. `truncated` tells when the limit cut it short.
   */
  neighborhood: Subgraph;
  /** Liveness of the API itself (always true when it answers). */
  ok: Scalars['Boolean']['output'];
  /** Every member organisation, oldest first (administrators only; others get FORBIDDEN). */
  organisations: Array<MemberOrganisation>;
  /**
   * Full-text and exact search over values, names and aliases. Exact normalized matches come first; a
   * domain's stored hostnames (as `lookup`'s `hostnames`, at most 20) follow it, then full-text hits.
   */
  search: SearchConnection;
  /** Shortest path(s) between two entities over infrastructure links (not via shared sources), maxDepth 1–10. */
  shortestPath: PathResult;
  /** Counts per kind and relationship type. */
  stats: Stats;
  /** Changes found in your watches, newest first; one watch with `watchId`. */
  watchChanges: Array<WatchChange>;
  /** Your watches (analysts and administrators). */
  watchlist: Array<Watch>;
  /** Your webhook settings. */
  webhook: WebhookSettings;
  /** Deliveries to your webhook, newest first. */
  webhookDeliveries: Array<WebhookDelivery>;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryClusterByIdArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryClusterOfArgs = {
  entityId: Scalars['ID']['input'];
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClusterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClusterOrder>;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryCompoundsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
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
export type QueryEstimatesArgs = {
  filter?: InputMaybe<EstimateFilter>;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryExplainLinkArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryExportIndicatorsArgs = {
  filter?: InputMaybe<IndicatorFilterInput>;
  format: ExportFormat;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  setId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryIndicatorSetArgs = {
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


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryWatchChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unseenOnly?: InputMaybe<Scalars['Boolean']['input']>;
  watchId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Scamgraph: an intelligence graph of the infrastructure behind industrial online scams — the compounds
 * where trafficked people are forced to run fraud, and the domains, apps, wallets, phones and accounts they use.
 */
export type QueryWebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** (X)-[:RELATED_TO]->(Y): a link a source stated (a STIX relationship such as `related-to`, `uses`, `consists-of`) between two things for which SPEC has no typed relationship, or two parts of one STIX infrastructure; `stixType` keeps the original relationship type. */
  | 'RELATED_TO'
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

/** A figure over time, month by month. */
export type Series = {
  __typename?: 'Series';
  /** Stable key: victims.byMonth, losses.byMonth, inflows.byMonth. */
  key: Scalars['String']['output'];
  /** Label for people. */
  label: Scalars['String']['output'];
  /** How each point is computed. */
  method: Scalars['String']['output'];
  /** The months with data, oldest first. */
  points: Array<SeriesPoint>;
  /** Unit: victims, USD. */
  unit: Scalars['String']['output'];
};

/** One period of a series. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** The entities behind the point (at most 500). */
  entityIds: Array<Scalars['ID']['output']>;
  /** Upper end of the range. */
  high: Scalars['Float']['output'];
  /** Lower end of the range. */
  low: Scalars['Float']['output'];
  /** The month, YYYY-MM. */
  period: Scalars['String']['output'];
  /** The best estimate for the period. */
  value: Scalars['Float']['output'];
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

/** A compound's status from a date on, as one source gave it. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** The date the status holds from (ISO-8601). */
  since: Scalars['String']['output'];
  /** The source that gave it. */
  sourceId?: Maybe<Scalars['ID']['output']>;
  /** active, raided, relocated or closed. */
  status: Scalars['String']['output'];
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

/** Something an analyst follows; evaluated after each ingest in its owner's view. */
export type Watch = {
  __typename?: 'Watch';
  /** When it was created (ISO-8601). */
  createdAt: Scalars['String']['output'];
  /** Stable id of the watch (`w-…`). */
  id: Scalars['ID']['output'];
  /** What kind of target it follows. */
  kind: WatchKind;
  /** A readable label (the cluster name, the entity value, the search text). */
  label: Scalars['String']['output'];
  /** When it was last evaluated (ISO-8601); null before the first evaluation. */
  lastCheckedAt?: Maybe<Scalars['String']['output']>;
  /** The followed cluster or entity id, or the search text. */
  target: Scalars['String']['output'];
  /** Changes not yet marked seen. */
  unseen: Scalars['Int']['output'];
};

/** One change found in a watch: what happened, how many entities it concerns, which. */
export type WatchChange = {
  __typename?: 'WatchChange';
  /** When it was found (ISO-8601). */
  at: Scalars['String']['output'];
  /** How many entities or links the change concerns. */
  count: Scalars['Int']['output'];
  /** The entities behind it (at most 500), for click-through. */
  entityIds: Array<Scalars['ID']['output']>;
  /** Stable id of the change. */
  id: Scalars['ID']['output'];
  /** NEW_MEMBERS, REMOVED_MEMBERS, NEW_LINKS, STATUS_CHANGED, MERGED, SPLIT, NEW_RESULTS or GONE. */
  kind: Scalars['String']['output'];
  /** True once the owner marked it seen. */
  seen: Scalars['Boolean']['output'];
  /** One readable line. */
  summary: Scalars['String']['output'];
  /** The watch it belongs to. */
  watchId: Scalars['ID']['output'];
};

/** What a watch follows. */
export type WatchKind =
  /** A cluster by its id (`cl-…`): new members, new links, merges and splits. */
  | 'CLUSTER'
  /** One entity by its id: new links, new neighbours, status changes. */
  | 'ENTITY'
  /** A search query: new results. */
  | 'SEARCH';

/** What to follow: a cluster or an entity by `id`, or a search by `query`. */
export type WatchTarget = {
  /** The cluster or entity id (CLUSTER, ENTITY). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** CLUSTER, ENTITY or SEARCH. */
  kind: WatchKind;
  /** The search text (SEARCH), as typed into the search bar. */
  query?: InputMaybe<Scalars['String']['input']>;
};

/** One delivery of changes to a webhook, with every attempt counted. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** When the first attempt started (ISO-8601). */
  at: Scalars['String']['output'];
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** How many changes the delivery carried. */
  changeCount: Scalars['Int']['output'];
  /** Why the last attempt failed, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** Stable id of the delivery. */
  id: Scalars['ID']['output'];
  /** The HTTP status of the last attempt, when one answered. */
  responseCode?: Maybe<Scalars['Int']['output']>;
  /** PENDING, DELIVERED or FAILED. */
  status: Scalars['String']['output'];
  /** The URL posted to. */
  url: Scalars['String']['output'];
};

/** Where the owner's changes are posted. */
export type WebhookSettings = {
  __typename?: 'WebhookSettings';
  /** True when a signing secret is set (the secret itself is never returned). */
  secretSet: Scalars['Boolean']['output'];
  /** The http(s) URL changes are posted to; null when none is set. */
  url?: Maybe<Scalars['String']['output']>;
};

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
  AccountRole: AccountRole;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventPage: ResolverTypeWrapper<AuditEventPage>;
  AuditFilterInput: AuditFilterInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cluster: ResolverTypeWrapper<ClusterModel>;
  ClusterConnection: ResolverTypeWrapper<Omit<ClusterConnection, 'nodes'> & { nodes: Array<ResolversTypes['Cluster']> }>;
  ClusterEvent: ResolverTypeWrapper<ClusterEventModel>;
  ClusterEventKind: ClusterEventKind;
  ClusterFilter: ClusterFilter;
  ClusterInflow: ResolverTypeWrapper<ClusterInflow>;
  ClusterOrder: ClusterOrder;
  ClusterRecompute: ResolverTypeWrapper<ClusterRecompute>;
  CompoundTimeline: ResolverTypeWrapper<CompoundTimeline>;
  CountryCompounds: ResolverTypeWrapper<CountryCompounds>;
  Edge: ResolverTypeWrapper<EdgeModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityKind: EntityKind;
  EstimateFilter: EstimateFilter;
  Estimates: ResolverTypeWrapper<Estimates>;
  ExcludedInput: ResolverTypeWrapper<ExcludedInput>;
  ExportFormat: ExportFormat;
  ExportResult: ResolverTypeWrapper<ExportResult>;
  Figure: ResolverTypeWrapper<Figure>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndicatorFilter: ResolverTypeWrapper<IndicatorFilter>;
  IndicatorFilterInput: IndicatorFilterInput;
  IndicatorSet: ResolverTypeWrapper<IndicatorSet>;
  IndicatorSetInput: IndicatorSetInput;
  IndicatorSetMode: IndicatorSetMode;
  IngestFormat: IngestFormat;
  IngestInput: IngestInput;
  IngestLayout: ResolverTypeWrapper<IngestLayout>;
  IngestLayoutColumn: ResolverTypeWrapper<IngestLayoutColumn>;
  IngestReject: ResolverTypeWrapper<IngestReject>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<Invitation>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  LinkExplanation: ResolverTypeWrapper<LinkExplanationModel>;
  LinkStep: ResolverTypeWrapper<LinkStepModel>;
  LookupResult: ResolverTypeWrapper<LookupModel>;
  Me: ResolverTypeWrapper<Me>;
  MemberAccount: ResolverTypeWrapper<MemberAccount>;
  MemberOrganisation: ResolverTypeWrapper<MemberOrganisation>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedCount: ResolverTypeWrapper<NamedCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathResult: ResolverTypeWrapper<Omit<PathResult, 'subgraph'> & { subgraph: ResolversTypes['Subgraph'] }>;
  Property: ResolverTypeWrapper<Property>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelCount: ResolverTypeWrapper<RelCount>;
  RelType: RelType;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'hits'> & { hits: Array<ResolversTypes['SearchHit']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Entity'] }>;
  Series: ResolverTypeWrapper<Series>;
  SeriesPoint: ResolverTypeWrapper<SeriesPoint>;
  SourceRef: ResolverTypeWrapper<SourceRef>;
  Stats: ResolverTypeWrapper<Stats>;
  StatusChange: ResolverTypeWrapper<StatusChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Tlp: Tlp;
  Watch: ResolverTypeWrapper<Watch>;
  WatchChange: ResolverTypeWrapper<WatchChange>;
  WatchKind: WatchKind;
  WatchTarget: WatchTarget;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
  WebhookSettings: ResolverTypeWrapper<WebhookSettings>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEvent: AuditEvent;
  AuditEventPage: AuditEventPage;
  AuditFilterInput: AuditFilterInput;
  Boolean: Scalars['Boolean']['output'];
  Cluster: ClusterModel;
  ClusterConnection: Omit<ClusterConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Cluster']> };
  ClusterEvent: ClusterEventModel;
  ClusterFilter: ClusterFilter;
  ClusterInflow: ClusterInflow;
  ClusterRecompute: ClusterRecompute;
  CompoundTimeline: CompoundTimeline;
  CountryCompounds: CountryCompounds;
  Edge: EdgeModel;
  Entity: EntityModel;
  EstimateFilter: EstimateFilter;
  Estimates: Estimates;
  ExcludedInput: ExcludedInput;
  ExportResult: ExportResult;
  Figure: Figure;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IndicatorFilter: IndicatorFilter;
  IndicatorFilterInput: IndicatorFilterInput;
  IndicatorSet: IndicatorSet;
  IndicatorSetInput: IndicatorSetInput;
  IngestInput: IngestInput;
  IngestLayout: IngestLayout;
  IngestLayoutColumn: IngestLayoutColumn;
  IngestReject: IngestReject;
  IngestResult: IngestResult;
  Int: Scalars['Int']['output'];
  Invitation: Invitation;
  LabelCount: LabelCount;
  LinkExplanation: LinkExplanationModel;
  LinkStep: LinkStepModel;
  LookupResult: LookupModel;
  Me: Me;
  MemberAccount: MemberAccount;
  MemberOrganisation: MemberOrganisation;
  Mutation: Record<PropertyKey, never>;
  NamedCount: NamedCount;
  PageInfo: PageInfo;
  PathResult: Omit<PathResult, 'subgraph'> & { subgraph: ResolversParentTypes['Subgraph'] };
  Property: Property;
  Query: Record<PropertyKey, never>;
  RelCount: RelCount;
  SearchConnection: Omit<SearchConnection, 'hits'> & { hits: Array<ResolversParentTypes['SearchHit']> };
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Entity'] };
  Series: Series;
  SeriesPoint: SeriesPoint;
  SourceRef: SourceRef;
  Stats: Stats;
  StatusChange: StatusChange;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Entity']> };
  Watch: Watch;
  WatchChange: WatchChange;
  WatchTarget: WatchTarget;
  WebhookDelivery: WebhookDelivery;
  WebhookSettings: WebhookSettings;
}>;

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxTlp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEventPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = ResolversObject<{
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ClusterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = ResolversObject<{
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generatedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ClusterEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<ClusterMembersArgs, 'first'>>;
  mergedFrom?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recentGrowth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renamed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedLossUsd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<ClusterSubgraphArgs, 'limit'>>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  victimReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClusterConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClusterConnection'] = ResolversParentTypes['ClusterConnection']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClusterEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClusterEvent'] = ResolversParentTypes['ClusterEvent']> = ResolversObject<{
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClusterEventKind'], ParentType, ContextType>;
  others?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sizeAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sizeBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClusterInflowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClusterInflow'] = ResolversParentTypes['ClusterInflow']> = ResolversObject<{
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clusterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ClusterRecomputeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClusterRecompute'] = ResolversParentTypes['ClusterRecompute']> = ResolversObject<{
  clusters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompoundTimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompoundTimeline'] = ResolversParentTypes['CompoundTimeline']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CountryCompoundsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryCompounds'] = ResolversParentTypes['CountryCompounds']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  raided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relocated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type EstimatesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Estimates'] = ResolversParentTypes['Estimates']> = ResolversObject<{
  compounds?: Resolver<Array<ResolversTypes['CompoundTimeline']>, ParentType, ContextType>;
  compoundsByCountry?: Resolver<Array<ResolversTypes['CountryCompounds']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inflowsByCluster?: Resolver<Array<ResolversTypes['ClusterInflow']>, ParentType, ContextType>;
  inflowsByMonth?: Resolver<ResolversTypes['Series'], ParentType, ContextType>;
  lossesByMonth?: Resolver<ResolversTypes['Series'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  victimsByMonth?: Resolver<ResolversTypes['Series'], ParentType, ContextType>;
}>;

export type ExcludedInputResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExcludedInput'] = ResolversParentTypes['ExcludedInput']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportResult'] = ResolversParentTypes['ExportResult']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  counted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  excluded?: Resolver<Array<ResolversTypes['ExcludedInput']>, ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rangeMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IndicatorFilterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorFilter'] = ResolversParentTypes['IndicatorFilter']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  maxTlp?: Resolver<Maybe<ResolversTypes['Tlp']>, ParentType, ContextType>;
  minConfidence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seenSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type IndicatorSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorSet'] = ResolversParentTypes['IndicatorSet']> = ResolversObject<{
  clusterOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['IndicatorFilter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['IndicatorSetMode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  taxiiCollectionPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IngestLayoutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestLayout'] = ResolversParentTypes['IngestLayout']> = ResolversObject<{
  accepts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['IngestLayoutColumn']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shape?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IngestLayoutColumnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestLayoutColumn'] = ResolversParentTypes['IngestLayoutColumn']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IngestRejectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestReject'] = ResolversParentTypes['IngestReject']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warning?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  layouts?: Resolver<Array<ResolversTypes['IngestLayout']>, ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedByReason?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
  rejects?: Resolver<Array<ResolversTypes['IngestReject']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  skippedByType?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
  values?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valuesRejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valuesSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningsByReason?: Resolver<Array<ResolversTypes['NamedCount']>, ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  account?: Resolver<ResolversTypes['MemberAccount'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
}>;

export type LinkExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LinkExplanation'] = ResolversParentTypes['LinkExplanation']> = ResolversObject<{
  clusterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sameCluster?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LinkStep']>, ParentType, ContextType>;
}>;

export type LinkStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LinkStep'] = ResolversParentTypes['LinkStep']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
}>;

export type LookupResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LookupResult'] = ResolversParentTypes['LookupResult']> = ResolversObject<{
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  hostnames?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<LookupResultHostnamesArgs, 'first'>>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  normalized?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recognized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registrable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clearance?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountRole'], ParentType, ContextType>;
}>;

export type MemberAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberAccount'] = ResolversParentTypes['MemberAccount']> = ResolversObject<{
  clearance?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountRole'], ParentType, ContextType>;
}>;

export type MemberOrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberOrganisation'] = ResolversParentTypes['MemberOrganisation']> = ResolversObject<{
  accounts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createIndicatorSet?: Resolver<ResolversTypes['IndicatorSet'], ParentType, ContextType, RequireFields<MutationCreateIndicatorSetArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['MemberOrganisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'name'>>;
  deleteIndicatorSet?: Resolver<ResolversTypes['IndicatorSet'], ParentType, ContextType, RequireFields<MutationDeleteIndicatorSetArgs, 'id'>>;
  follow?: Resolver<ResolversTypes['Watch'], ParentType, ContextType, RequireFields<MutationFollowArgs, 'target'>>;
  ingest?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArgs, 'input'>>;
  inviteAccount?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationInviteAccountArgs, 'name' | 'org' | 'role'>>;
  markChangesSeen?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkChangesSeenArgs>>;
  recomputeClusters?: Resolver<ResolversTypes['ClusterRecompute'], ParentType, ContextType, RequireFields<MutationRecomputeClustersArgs, 'full'>>;
  renameCluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<MutationRenameClusterArgs, 'id'>>;
  setWebhook?: Resolver<ResolversTypes['WebhookSettings'], ParentType, ContextType, Partial<MutationSetWebhookArgs>>;
  testWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
  unfollow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnfollowArgs, 'id'>>;
}>;

export type NamedCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NamedCount'] = ResolversParentTypes['NamedCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  accounts?: Resolver<Array<ResolversTypes['MemberAccount']>, ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  cluster?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryClusterArgs, 'id' | 'limit'>>;
  clusterById?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<QueryClusterByIdArgs, 'id'>>;
  clusterOf?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterOfArgs, 'entityId'>>;
  clusters?: Resolver<ResolversTypes['ClusterConnection'], ParentType, ContextType, RequireFields<QueryClustersArgs, 'first' | 'orderBy'>>;
  compounds?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryCompoundsArgs, 'first'>>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  estimates?: Resolver<ResolversTypes['Estimates'], ParentType, ContextType, Partial<QueryEstimatesArgs>>;
  explainLink?: Resolver<ResolversTypes['LinkExplanation'], ParentType, ContextType, RequireFields<QueryExplainLinkArgs, 'a' | 'b'>>;
  exportIndicators?: Resolver<ResolversTypes['ExportResult'], ParentType, ContextType, RequireFields<QueryExportIndicatorsArgs, 'format'>>;
  indicatorSet?: Resolver<ResolversTypes['IndicatorSet'], ParentType, ContextType, RequireFields<QueryIndicatorSetArgs, 'id'>>;
  indicatorSets?: Resolver<Array<ResolversTypes['IndicatorSet']>, ParentType, ContextType>;
  lookup?: Resolver<ResolversTypes['LookupResult'], ParentType, ContextType, RequireFields<QueryLookupArgs, 'value'>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['MemberOrganisation']>, ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  shortestPath?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'fromId' | 'maxDepth' | 'toId'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  watchChanges?: Resolver<Array<ResolversTypes['WatchChange']>, ParentType, ContextType, RequireFields<QueryWatchChangesArgs, 'first' | 'unseenOnly'>>;
  watchlist?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['WebhookSettings'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first'>>;
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

export type SeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Series'] = ResolversParentTypes['Series']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SeriesPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = ResolversObject<{
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type StatusChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = ResolversObject<{
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WatchKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastCheckedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unseen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WatchChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WatchChange'] = ResolversParentTypes['WatchChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  watchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responseCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebhookSettings'] = ResolversParentTypes['WebhookSettings']> = ResolversObject<{
  secretSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterConnection?: ClusterConnectionResolvers<ContextType>;
  ClusterEvent?: ClusterEventResolvers<ContextType>;
  ClusterInflow?: ClusterInflowResolvers<ContextType>;
  ClusterRecompute?: ClusterRecomputeResolvers<ContextType>;
  CompoundTimeline?: CompoundTimelineResolvers<ContextType>;
  CountryCompounds?: CountryCompoundsResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Estimates?: EstimatesResolvers<ContextType>;
  ExcludedInput?: ExcludedInputResolvers<ContextType>;
  ExportResult?: ExportResultResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  IndicatorFilter?: IndicatorFilterResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  IngestLayout?: IngestLayoutResolvers<ContextType>;
  IngestLayoutColumn?: IngestLayoutColumnResolvers<ContextType>;
  IngestReject?: IngestRejectResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  LinkExplanation?: LinkExplanationResolvers<ContextType>;
  LinkStep?: LinkStepResolvers<ContextType>;
  LookupResult?: LookupResultResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  MemberAccount?: MemberAccountResolvers<ContextType>;
  MemberOrganisation?: MemberOrganisationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedCount?: NamedCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelCount?: RelCountResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Series?: SeriesResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  SourceRef?: SourceRefResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WatchChange?: WatchChangeResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookSettings?: WebhookSettingsResolvers<ContextType>;
}>;

