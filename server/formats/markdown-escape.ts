// Markdown and HTML escaping of user-supplied text written into Markdown files (takedown packs, briefings):
// what a partner's viewer renders is the text as given, never a link, heading, list, table cell break or tag.

/** Removed: control characters other than whitespace, and bidi overrides/isolates (text that reads reordered). */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Line breaks and whitespace runs become one space: user text never starts a new block (heading, list, quote…). */
const WHITESPACE = /[\s\u0085]+/g;

/**
 * Backslash-escaped: CommonMark's inline and block markers, GFM's tables, strikethrough and autolinks
 * (`:` of `https://`, `.` of `www.`, `@` of e-mail addresses), and `$` (math on GitHub).
 */
const MARKDOWN = /[\\`*_{}[\]()#+\-.!|~:@$=^]/g;

/** Entity-escaped: every Markdown dialect and HTML render these as the character, never as a tag. */
const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of inline Markdown showing `text` literally (trimmed, whitespace runs collapsed to one space). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(WHITESPACE, ' ')
    .trim()
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(MARKDOWN, (c) => `\\${c}`);
}
