import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel, EdgeModel, LookupModel } from '../modules/entities/entities-types.js';
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
  /** Ingests a small submission of indicators: normalized, deduplicated, linked and recorded with their source, attributed to the caller's organisation. Valid values are written even when others are rejected. Requires a role that may write (FORBIDDEN for viewers); CONFLICT when the source belongs to another organisation. */
  ingest: IngestResult;
  /**
   * Invites a person: creates the account (when new) in an existing organisation (its key, id or name) and
   * returns a one-time invitation link. For an existing account of the same organisation and role, a new link.
   * Administrators only (others get FORBIDDEN). The default clearance is RED (visibility still follows sharing).
   */
  inviteAccount: Invitation;
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
  /**
   * The compounds (physical scam centres) in the graph, by name, optionally only those of one country or
   * status. Each has its country, lat/lon and status among its properties.
   */
  compounds: Array<Entity>;
  /** One entity by id; NOT_FOUND when the graph has no such entity. */
  entity: Entity;
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
  AccountRole: AccountRole;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventPage: ResolverTypeWrapper<AuditEventPage>;
  AuditFilterInput: AuditFilterInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Edge: ResolverTypeWrapper<EdgeModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityKind: EntityKind;
  ExportFormat: ExportFormat;
  ExportResult: ResolverTypeWrapper<ExportResult>;
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
  SourceRef: ResolverTypeWrapper<SourceRef>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Entity']> }>;
  Tlp: Tlp;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEvent: AuditEvent;
  AuditEventPage: AuditEventPage;
  AuditFilterInput: AuditFilterInput;
  Boolean: Scalars['Boolean']['output'];
  Edge: EdgeModel;
  Entity: EntityModel;
  ExportResult: ExportResult;
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
  SourceRef: SourceRef;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Entity']> };
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

export type ExportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportResult'] = ResolversParentTypes['ExportResult']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  ingest?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArgs, 'input'>>;
  inviteAccount?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationInviteAccountArgs, 'name' | 'org' | 'role'>>;
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
  compounds?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryCompoundsArgs, 'first'>>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
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
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  ExportResult?: ExportResultResolvers<ContextType>;
  IndicatorFilter?: IndicatorFilterResolvers<ContextType>;
  IndicatorSet?: IndicatorSetResolvers<ContextType>;
  IngestLayout?: IngestLayoutResolvers<ContextType>;
  IngestLayoutColumn?: IngestLayoutColumnResolvers<ContextType>;
  IngestReject?: IngestRejectResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
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
  SourceRef?: SourceRefResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
}>;

