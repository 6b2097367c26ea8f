// Opens what the user points at: a file (format from --format, the extension or a sniff), a folder of
// files, or a MISP static feed folder (it has manifest.json); each becomes a reader over a stream.
import { createReadStream, existsSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { readCsv } from '../../formats/csv/csv-reader.js';
import { readJsonl } from '../../formats/jsonl/jsonl-reader.js';
import { readMispEvent, readMispFeed } from '../../formats/misp/misp-reader.js';
import { guarded, READER_LIMITS, rejectOf } from '../../formats/reader-input.js';
import type { ReaderItem, ReaderReject } from '../../formats/reader-types.js';
import { readStix } from '../../formats/stix/stix-reader.js';
import { readText } from '../../formats/text/text-reader.js';
import { readFreeText } from '../../formats/freetext/freetext-reader.js';
import { looksLikeRunningText } from '../../formats/freetext/freetext-document.js';
import { readHostList, sniffHostList } from '../../formats/hosts/hosts-reader.js';
import { readJsonList, readYaml } from '../../formats/json/json-reader.js';
import { BadInputError } from '../../errors.js';
import type { IngestFormat } from './ingest-types.js';

const EXTENSIONS: Record<string, IngestFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'text',
  '.list': 'text',
  '.hosts': 'hosts',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.md': 'freetext',
  '.markdown': 'freetext',
  '.adoc': 'freetext',
  '.asciidoc': 'freetext',
  '.rst': 'freetext',
  '.eml': 'freetext',
  '.html': 'freetext',
  '.htm': 'freetext',
  '.json': 'json',
};

/**
 * Tells STIX, MISP, JSON Lines and other JSON (arrays, objects of lists, maps) apart from the first
 * bytes of a .json document. Only a document that says it is STIX (a bundle, or an object with
 * `spec_version` and a STIX `id`) is read as STIX.
 */
export function sniffJson(head: string): IngestFormat {
  const text = head.replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(text)) {
    if (/"type"\s*:\s*"bundle"/.test(text)) return 'stix';
    if (/"spec_version"\s*:/.test(text) && /"id"\s*:\s*"[a-z0-9-]+--/.test(text)) return 'stix';
    if (/"(Event|Attribute|Object)"\s*:/.test(text)) return 'misp';
    if (/^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(text)) return 'jsonl';
  }
  return 'json';
}

/**
 * Hosts files, Adblock lists and running text (a chat export) among text lists (`.txt`, `.list`, a file
 * named `hosts`).
 */
export function sniffText(head: string): IngestFormat {
  return sniffHostList(head) ?? (looksLikeRunningText(head) ? 'freetext' : 'text');
}

async function head(file: string, bytes = 65_536): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}

/**
 * The format of a file, or undefined when its extension is not one we read. `name` is the name to judge
 * by when the file has none of its own (an upload spooled to a temporary file: its `filename`).
 */
export async function formatOfFile(file: string, name = file): Promise<IngestFormat | undefined> {
  const ext =
    EXTENSIONS[path.extname(name).toLowerCase()] ??
    (path.basename(name).toLowerCase() === 'hosts' ? 'hosts' : undefined);
  if (ext === 'json') return sniffJson(await head(file));
  if (ext === 'text') return sniffText(await head(file));
  return ext;
}

/**
 * The format of content with no usable name (an upload without `format`): by its extension when `name`
 * has a known one, else by its first bytes — JSON (STIX, MISP, JSON Lines or a list), HTML or an e-mail
 * (free text), YAML, CSV (two or more columns on every line, or a header naming a value column), and
 * otherwise a text list, hosts file, Adblock list or running text.
 */
export async function sniffFormat(file: string, name?: string): Promise<IngestFormat> {
  const byName = name ? await formatOfFile(file, name) : undefined;
  if (byName) return byName;
  const text = (await head(file)).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return sniffJson(start);
  if (/^<(!doctype|html|\?xml|body|table|p\b)/i.test(start)) return 'freetext';
  const lines = start
    .split(/\r?\n/)
    .slice(0, 40)
    .filter((l) => l.trim() && !l.startsWith('#'));
  if (
    lines.slice(0, 3).some((l) => /^(Return-Path|Received|From|Message-ID|MIME-Version):/i.test(l))
  )
    return 'freetext';
  if (/^---\s*$/.test(lines[0] ?? '') || lines.every((l) => /^(\s*- |\s*[\w"'.-]+:(\s|$))/.test(l)))
    return 'yaml';
  const sample = lines.slice(0, lines.length > 1 ? -1 : undefined);
  for (const sep of [',', '\t', ';']) {
    const counts = sample.map((l) => l.split(sep).length);
    if (counts.length > 0 && counts[0]! >= 2 && counts.every((c) => c === counts[0])) return 'csv';
  }
  if (/^(indicator|value|ioc|data|observable|type)\s*$/i.test(lines[0] ?? '')) return 'csv';
  return sniffText(start);
}

/** A reader over a stream of the given format (every format except misp-feed, which is a folder). */
export function readStream(
  format: IngestFormat,
  input: Readable,
  opts: { useEventSource: boolean; keys?: string[] },
): AsyncIterable<ReaderItem> {
  switch (format) {
    case 'csv':
      return readCsv(input);
    case 'json':
      return readJsonList(input, { keys: opts.keys });
    case 'yaml':
      return readYaml(input, { keys: opts.keys });
    case 'hosts':
    case 'adblock':
      return readHostList(input, format);
    case 'jsonl':
      return readJsonl(input);
    case 'text':
      return readText(input);
    case 'freetext':
      return readFreeText(input);
    case 'stix':
      return readStix(input);
    case 'misp':
      return readMispEvent(input, opts);
    case 'misp-feed':
      throw new BadInputError(
        'A MISP feed is a folder (manifest.json and one file per event); point at the folder.',
        {
          field: 'format',
          reason: 'UNSUPPORTED_FORMAT',
        },
      );
  }
}

export interface InputFile {
  path: string;
  format: IngestFormat;
}

/** The files to read under a path, each with its format; a folder with manifest.json is one MISP feed. */
export async function inputFiles(target: string, format?: IngestFormat): Promise<InputFile[]> {
  if (!existsSync(target))
    throw new BadInputError(`No such file or folder: ${target}`, {
      field: 'input',
      reason: 'NOT_FOUND',
    });
  const info = await stat(target);
  if (!info.isDirectory()) {
    const f = format ?? (await formatOfFile(target));
    if (!f)
      throw new BadInputError(`Cannot tell the format of ${target}; pass --format.`, {
        field: 'format',
        reason: 'UNKNOWN_FORMAT',
      });
    if (f === 'misp-feed') return [{ path: path.dirname(target), format: f }];
    return [{ path: target, format: f }];
  }
  if (format === 'misp-feed' || (!format && existsSync(path.join(target, 'manifest.json'))))
    return [{ path: target, format: 'misp-feed' }];
  const out: InputFile[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...(await inputFiles(full, format)));
    else if (entry.isFile() && !entry.name.endsWith('.rejects.csv')) {
      const f =
        EXTENSIONS[path.extname(entry.name).toLowerCase()] || entry.name.toLowerCase() === 'hosts'
          ? (format ?? (await formatOfFile(full)))
          : undefined;
      if (f) out.push({ path: full, format: f });
    }
  }
  return out;
}

/** A reader over one input file or feed folder. */
export function readInput(
  file: InputFile,
  opts: { useEventSource: boolean; keys?: string[] },
): AsyncIterable<ReaderItem> {
  if (file.format === 'misp-feed') return readMispFeed(file.path, opts);
  return readStream(file.format, createReadStream(file.path), opts);
}

/** Bytes of each input read by `preflight`, before anything is written. */
const PREFLIGHT_BYTES = 65_536;

/**
 * The problem the first bytes of an input show (a feed: its manifest): empty, binary, not UTF-8, JSON
 * nested too deep, unreadable. Cheap, so the CLI refuses such files before it starts or writes anything;
 * a problem further in is found while reading (a MALFORMED_FILE reject).
 */
export async function preflight(file: InputFile): Promise<ReaderReject | undefined> {
  const target = file.format === 'misp-feed' ? path.join(file.path, 'manifest.json') : file.path;
  const json =
    file.format === 'stix' ||
    file.format === 'misp' ||
    file.format === 'misp-feed' ||
    file.format === 'json';
  const whole = await stat(target).then(
    (s) => s.size <= PREFLIGHT_BYTES,
    () => true,
  );
  const { out, guard } = guarded(createReadStream(target, { end: PREFLIGHT_BYTES - 1 }), [], {
    prefix: !whole,
    jsonDepth: json ? READER_LIMITS.jsonDepth : undefined,
  });
  try {
    for await (const _ of out) {
      // The guard checks each chunk as it passes.
    }
    return undefined;
  } catch (error) {
    const item = rejectOf(error, guard, file.format === 'misp-feed' ? 'manifest.json' : '(file)');
    return item.type === 'reject' ? item.reject : undefined;
  }
}
