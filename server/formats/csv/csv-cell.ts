// RFC 4180 cells with formula-injection neutralised: a cell a spreadsheet would run as a formula gets a leading '.

/** A plain number (optionally signed, with decimals or exponent): safe even when it starts with + or -. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** True when a spreadsheet would read the text as a formula (=, @, tab, CR, or +/- not followed by a plain number). */
export function looksLikeFormula(text: string): boolean {
  if (text === '') return false;
  const c = text[0];
  if (c === '=' || c === '@' || c === '\t' || c === '\r') return true;
  if (c === '+' || c === '-') return !PLAIN_NUMBER.test(text);
  return false;
}

/** One cell: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with CRLF line ending (RFC 4180). */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
