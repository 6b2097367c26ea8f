// Writes a takedown and evidence-request pack: one CSV per party that can act, a cover sheet, zipped;
// CSV cells are formula-neutralised (csvRow) and the cover's user text Markdown-escaped (escapeMarkdown).
import type { Writable } from 'node:stream';
import yazl from 'yazl';
import { TLP_LEVELS, type Tlp } from '../../model.js';
import type { ExportMeta, ExportPage } from '../../modules/exports/exports-types.js';
import { csvRow } from '../csv/csv-cell.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { partiesOf } from './takedown-parties.js';

export const TAKEDOWN_COLUMNS = [
  'kind',
  'value',
  'display',
  'tlp',
  'confidence',
  'first_seen',
  'last_seen',
  'sources',
  'details',
] as const;

interface PartyFile {
  role: string;
  name: string;
  rows: string[];
  maxTlp: Tlp;
  first: string | null;
  last: string | null;
  sources: Set<string>;
}

export interface TakedownSummary {
  name: string;
  exportedAt: string;
  tlp: Tlp;
  indicators: number;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: string[];
  parties: {
    file: string;
    role: string;
    name: string;
    count: number;
    tlp: Tlp;
    firstSeen: string | null;
    lastSeen: string | null;
  }[];
}

const rank = (t: Tlp) => TLP_LEVELS.indexOf(t);
const min = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : a < b ? a : b;
const max = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : a > b ? a : b;

/** A stored date as it reads (ISO 8601 has no Markdown in it); anything else escaped. */
function date(d: string | null, none: string): string {
  return d === null ? none : /^[\dTZ:.+-]+$/.test(d) ? d : escapeMarkdown(d);
}

/**
 * The README. Every string that came from users (set name, sources, party names) goes through
 * escapeMarkdown: the registrar or telco reading it sees the text, never a link, heading or tag. Files
 * (slugs), roles and TLPs are ours.
 */
export function cover(s: TakedownSummary): string {
  const md = escapeMarkdown;
  const lines = [
    `# Takedown and evidence-request pack: ${md(s.name)}`,
    '',
    `TLP:${s.tlp.replace('_', '+')} — share each file only with the party it names, under this TLP.`,
    `Exported ${date(s.exportedAt, '?')} by Scamgraph. ${s.indicators} indicators, seen ${date(s.firstSeen, '?')} to ${date(s.lastSeen, '?')}.`,
    `Sources: ${s.sources.map(md).join(', ') || 'none recorded'}.`,
    '',
    '| File | Party | Role | Indicators | TLP | First seen | Last seen |',
    '|---|---|---|---|---|---|---|',
    ...s.parties.map(
      (p) =>
        `| ${p.file} | ${md(p.name)} | ${p.role} | ${p.count} | ${p.tlp} | ${date(p.firstSeen, '')} | ${date(p.lastSeen, '')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/**
 * Splits the selection by party and writes the zip to `out`. Rows are grouped in memory per party (packs are
 * sent to people, so they are small); the zip itself is streamed.
 */
export async function writeTakedownPack(
  pages: AsyncIterable<ExportPage>,
  meta: ExportMeta,
  out: Writable,
): Promise<TakedownSummary> {
  const parties = new Map<string, PartyFile>();
  const sources = new Set<string>();
  let indicators = 0;
  let first: string | null = null;
  let last: string | null = null;
  let tlp: Tlp = 'CLEAR';
  for await (const page of pages) {
    for (const node of page.nodes) {
      const of = partiesOf(node);
      if (of.length === 0) continue;
      indicators += 1;
      first = min(first, node.firstSeen);
      last = max(last, node.lastSeen);
      if (rank(node.tlp) > rank(tlp)) tlp = node.tlp;
      for (const s of node.sources) sources.add(s);
      for (const party of of) {
        let file = parties.get(party.file);
        if (!file) {
          file = {
            role: party.role,
            name: party.name,
            rows: [],
            maxTlp: 'CLEAR',
            first: null,
            last: null,
            sources: new Set(),
          };
          parties.set(party.file, file);
        }
        file.rows.push(
          csvRow([
            node.label.toLowerCase(),
            node.value,
            node.display,
            node.tlp,
            node.confidence,
            node.firstSeen,
            node.lastSeen,
            node.sources.join(';'),
            party.details,
          ]),
        );
        if (rank(node.tlp) > rank(file.maxTlp)) file.maxTlp = node.tlp;
        file.first = min(file.first, node.firstSeen);
        file.last = max(file.last, node.lastSeen);
      }
    }
  }
  const summary: TakedownSummary = {
    name: meta.name,
    exportedAt: meta.exportedAt,
    tlp,
    indicators,
    firstSeen: first,
    lastSeen: last,
    sources: [...sources].sort(),
    parties: [...parties.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, p]) => ({
        file,
        role: p.role,
        name: p.name,
        count: p.rows.length,
        tlp: p.maxTlp,
        firstSeen: p.first,
        lastSeen: p.last,
      })),
  };
  const zip = new yazl.ZipFile();
  const mtime = new Date(meta.exportedAt);
  zip.addBuffer(Buffer.from(cover(summary)), 'README.md', { mtime });
  zip.addBuffer(Buffer.from(`${JSON.stringify(summary, null, 2)}\n`), 'summary.json', { mtime });
  for (const [file, p] of [...parties.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    zip.addBuffer(Buffer.from(csvRow(TAKEDOWN_COLUMNS) + p.rows.join('')), file, { mtime });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.on('error', reject);
    out.on('error', reject);
    out.on('finish', () => resolve());
    zip.outputStream.pipe(out);
  });
  return summary;
}
