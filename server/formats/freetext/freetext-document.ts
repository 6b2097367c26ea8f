// Documents that are not plain lines of text: an e-mail (RFC 5322, parsed by postal-mime: the sender's
// headers, the subject and the body) and HTML (to text by html-to-text, links shown with their target and
// table rows as `| a | b |` lines), each turned into numbered lines for the free-text scanner.
import { convert, type FormatCallback } from 'html-to-text';
import PostalMime from 'postal-mime';

export type DocumentKind = 'text' | 'mail' | 'html';

/** A line to scan, with the field rejects name (`text`, `body`, `from`, `reply-to`…). */
export interface DocumentLine {
  text: string;
  line: number;
  field: string;
}

const HTML_START =
  /^(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body|meta|title|div|table|p|h[1-6]|section|article)\b/i;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
const MAIL_HEADERS = new Set([
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'received',
  'return-path',
  'reply-to',
  'delivered-to',
  'content-type',
]);

/**
 * What the first lines of a document show, or undefined while they cannot tell yet (blank lines, an
 * unfinished header block). `atEnd`: there are no more lines.
 */
export function sniffDocument(lines: string[], atEnd: boolean): DocumentKind | undefined {
  let i = lines.findIndex((l) => l.trim() !== '');
  if (i < 0) return atEnd ? 'text' : undefined;
  if (HTML_START.test(lines[i]!.trim())) return 'html';
  if (/^From \S/.test(lines[i]!)) i++; // an mbox separator line
  if (i >= lines.length) return atEnd ? 'text' : undefined;
  if (!HEADER_LINE.test(lines[i]!)) return 'text';
  const end = lines.findIndex((l, j) => j > i && l.trim() === '');
  if (end < 0 && !atEnd && lines.length < 200) return undefined;
  const block = lines.slice(i, end < 0 ? undefined : end);
  const names = new Set(
    block.filter((l) => HEADER_LINE.test(l)).map((l) => l.slice(0, l.indexOf(':')).toLowerCase()),
  );
  const known = [...names].filter((n) => MAIL_HEADERS.has(n)).length;
  return known >= 2 && (names.has('from') || names.has('received')) ? 'mail' : 'text';
}

const tableRow: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 1 });
  builder.addInline('| ');
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 1 });
};

const tableCell: FormatCallback = (elem, walk, builder) => {
  walk(elem.children, builder);
  builder.addInline(' | ');
};

/** HTML as text: links as `text [href]`, images and scripts dropped, table rows as `| a | b |`. */
export function htmlText(html: string): string {
  return convert(html, {
    wordwrap: false,
    formatters: { tableRow, tableCell },
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'tableRow' },
      { selector: 'td', format: 'tableCell' },
      { selector: 'th', format: 'tableCell' },
    ],
  });
}

function numbered(text: string, first: number, field: string): DocumentLine[] {
  return text.split(/\r\n|\n|\r/).map((t, i) => ({ text: t, line: first + i, field }));
}

type Address = { name: string; address?: string; group?: Address[] };

function addresses(list: Address[] | Address | undefined): string {
  const all: Address[] = list === undefined ? [] : Array.isArray(list) ? list : [list];
  return all
    .flatMap((a): Address[] => a.group ?? [a])
    .map((a) => `${a.name} <${a.address ?? ''}>`)
    .join(', ');
}

/**
 * An e-mail's lines to scan: the headers that name its sender (From, Reply-To, Return-Path, Sender) and
 * its Subject, then the body (the HTML part as text when there is one, which holds the links; else the
 * text part). Recipients (To, Cc, Delivered-To) are the victims and relays (Received) are mostly the
 * mail providers': neither is read. Lines are numbered from where they stand in the file; body lines
 * from the body's first line (exact unless the body is base64 or quoted-printable).
 */
export async function mailLines(
  raw: string,
): Promise<{ lines: DocumentLine[]; attachments: number }> {
  const mail = await PostalMime.parse(raw, { attachmentEncoding: 'base64' });
  const rawLines = raw.split(/\r\n|\n|\r/);
  const blank = rawLines.findIndex((l) => l.trim() === '');
  const headerEnd = blank < 0 ? rawLines.length : blank;
  const lineOf = (name: string) => {
    const i = rawLines.slice(0, headerEnd).findIndex((l) => l.toLowerCase().startsWith(`${name}:`));
    return i < 0 ? 1 : i + 1;
  };
  const headers: [string, string][] = [
    ['from', addresses(mail.from as Address | undefined)],
    ['reply-to', addresses(mail.replyTo as Address[] | undefined)],
    ['return-path', mail.returnPath ?? ''],
    ['sender', addresses(mail.sender as Address | undefined)],
    ['subject', mail.subject ?? ''],
  ];
  const lines: DocumentLine[] = headers
    .filter(([, text]) => text.trim() !== '')
    .map(([field, text]) => ({ text, line: lineOf(field), field }));
  const body = mail.html ? htmlText(mail.html) : (mail.text ?? '');
  lines.push(...numbered(body, headerEnd + 2, 'body'));
  return { lines, attachments: mail.attachments.length };
}

/** An HTML document's lines to scan (numbered in the text it converts to). */
export function htmlLines(html: string): DocumentLine[] {
  return numbered(htmlText(html), 1, 'text');
}

/**
 * True when the first lines of a `.txt` file are running text (a chat export, a pasted report) rather than
 * a list of one value per line: most lines with content hold three words or more. A list never does.
 */
export function looksLikeRunningText(head: string): boolean {
  const lines = head
    .split(/\r\n|\n|\r/)
    .slice(0, 200)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length === 0) return false;
  const prose = lines.filter((l) => l.split(/\s+/).length >= 3).length;
  return prose / lines.length >= 0.6;
}
