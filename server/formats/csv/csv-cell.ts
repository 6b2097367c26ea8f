// RFC 4180 cells with formula injection neutralised: the one CSV cell function of the project (server
// exports, takedown packs, rejects files, and the web client's export, which imports it: no Node imports here).

/** A plain number (optionally signed, with decimals or exponent): safe even when it starts with + or -. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Characters that make a spreadsheet read a cell as a formula (OWASP), with their full-width forms. */
const TRIGGERS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * True when a spreadsheet could read the text as a formula (OWASP CSV injection): it starts with tab or
 * CR, or — after any leading whitespace — with `=`, `+`, `-` or `@`, unless it is a plain signed number
 * (E.164 phone numbers, negative amounts), which spreadsheets read as numbers.
 */
export function looksLikeFormula(text: string): boolean {
  if (text === '') return false;
  if (text[0] === '\t' || text[0] === '\r') return true;
  const rest = text.replace(/^\s+/, '');
  if (rest === '' || !TRIGGERS.has(rest[0]!)) return false;
  return !((rest[0] === '+' || rest[0] === '-') && PLAIN_NUMBER.test(rest));
}

/** A cell as text, a formula neutralised with a leading `'` (plain numbers stay numbers). */
export function neutralisedCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** One cell: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = neutralisedCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with CRLF line ending (RFC 4180). */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
