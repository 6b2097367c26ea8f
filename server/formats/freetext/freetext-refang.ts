// Refanging a whole line of running text (hxxp, [.], (dot), [:]//, [at]…), remembering for each character
// of the result where it came from and whether it was written defanged, so that a token found in the
// refanged line can be traced back to its original spelling.

/** A refanged line: its text, and per character the source span and whether it was defanged. */
export interface RefangedLine {
  text: string;
  /** Source index of each character's first source character. */
  from: Int32Array;
  /** Source index just past each character's last source character. */
  to: Int32Array;
  /** 1 where the character came from a defanged form. */
  defanged: Uint8Array;
}

type Replace = (match: string, groups: (string | undefined)[]) => string;

/** Rules applied in order; `defang: false` marks markup escapes rather than deliberate defanging. */
const RULES: { pattern: RegExp; replace: Replace; defang: boolean }[] = [
  // Schemes: hxxp, hXXps, h**p, fxp before a colon, bracketed colon or bracketed separator.
  {
    pattern: /\b(h(?:xx|\*\*)p(s?)|fxp)(?=\[:|\(:|\{:|:)/gi,
    replace: (m, g) => (m[0]!.toLowerCase() === 'f' ? 'ftp' : `http${g[1] ?? ''}`),
    defang: true,
  },
  { pattern: /\[:\/\/\]|\(:\/\/\)|\{:\/\/\}/g, replace: () => '://', defang: true },
  { pattern: /(?:\[:\]|\(:\)|\{:\})(?=\/\/)/g, replace: () => ':', defang: true },
  {
    pattern: /[ \t]*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})[ \t]*/gi,
    replace: () => '.',
    defang: true,
  },
  {
    pattern: /[ \t]*(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\})[ \t]*/gi,
    replace: () => '@',
    defang: true,
  },
  { pattern: /\[\/\]/g, replace: () => '/', defang: true },
  // Markdown and reStructuredText escape dots (`example\.com`): markup, not defanging.
  { pattern: /\\\./g, replace: () => '.', defang: false },
];

function identity(text: string): RefangedLine {
  const n = text.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text, from, to, defanged: new Uint8Array(n) };
}

function apply(line: RefangedLine, rule: (typeof RULES)[number]): RefangedLine {
  rule.pattern.lastIndex = 0;
  if (!rule.pattern.test(line.text)) return line;
  rule.pattern.lastIndex = 0;
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const defanged: number[] = [];
  let last = 0;
  const keep = (a: number, b: number) => {
    text += line.text.slice(a, b);
    for (let i = a; i < b; i++) {
      from.push(line.from[i]!);
      to.push(line.to[i]!);
      defanged.push(line.defanged[i]!);
    }
  };
  for (const m of line.text.matchAll(rule.pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    keep(last, start);
    const out = rule.replace(m[0], m.slice(1));
    text += out;
    for (let i = 0; i < out.length; i++) {
      from.push(line.from[start]!);
      to.push(line.to[end - 1]!);
      defanged.push(rule.defang ? 1 : line.defanged[start]!);
    }
    last = end;
  }
  keep(last, line.text.length);
  return {
    text,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    defanged: Uint8Array.from(defanged),
  };
}

/** The line with defanging undone, traceable to the original characters. */
export function refangLine(text: string): RefangedLine {
  let line = identity(text);
  for (const rule of RULES) line = apply(line, rule);
  return line;
}

/** The original spelling of the refanged characters [start, end). */
export function sourceOf(line: RefangedLine, original: string, start: number, end: number): string {
  if (end <= start) return '';
  return original.slice(line.from[start]!, line.to[end - 1]!);
}

/** True when any of the refanged characters [start, end) was written defanged. */
export function wasDefanged(line: RefangedLine, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (line.defanged[i]) return true;
  return false;
}
