// Markdown escaping: escaped user text renders, in a real CommonMark renderer with HTML and linkify on, as
// exactly the text given (one paragraph, no link, heading, list, emphasis, code or tag).
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown } from '../../../server/formats/markdown-escape.js';

interface Renderer {
  render(markdown: string): string;
}
let md: Renderer;

beforeAll(async () => {
  // markdown-it (CommonMark + GFM tables, strikethrough, linkify) comes with graphiql; it has no types.
  const specifier = 'markdown-it';
  const { default: MarkdownIt } = (await import(specifier)) as {
    default: new (options: Record<string, unknown>) => Renderer;
  };
  md = new MarkdownIt({ html: true, linkify: true });
});

const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a reader should see: the text with whitespace runs collapsed, controls and bidi marks dropped. */
function shown(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
      '',
    )
    .replace(/[\s\u0085]+/g, ' ')
    .trim();
}

const ATTACKS = [
  '[Pay the fine here](https://evil.example/pay)',
  '![x](https://evil.example/pixel.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'Q3 wave\n# URGENT: wire the deposit to bc1q…',
  'name\n\n- [ ] step one\n1. step two\n> quoted',
  'https://evil.example/login and www.evil.example and desk@evil.example',
  '**bold** _em_ ~~gone~~ `code` $x^2$',
  '| a | b |\n|---|---|',
  '&lt;b&gt; &#x3C;i&#x3E; &amp;',
  '<https://evil.example>',
  '[ref]: https://evil.example\n[ref]',
  '\\[not a link\\](x)',
  '    four spaces of code',
  'a\u202Eevil\u202C b\u0000c',
  '===',
];

describe('escapeMarkdown', () => {
  it('renders attacks as their literal text, in one paragraph', () => {
    for (const attack of ATTACKS) {
      const out = md.render(escapeMarkdown(attack));
      expect(out, attack).toBe(`<p>${html(shown(attack))}</p>\n`);
    }
  });

  it('leaves no unescaped [, ](, <, or leading # in its output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        const out = escapeMarkdown(text);
        expect(out).not.toMatch(/(^|[^\\])\[/);
        expect(out).not.toMatch(/(^|[^\\])\]\(/);
        expect(out).not.toContain('<');
        expect(out).not.toMatch(/^#/);
        expect(out).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 500 },
    );
  });

  it('renders any text (fast-check) as exactly that text', () => {
    const markdownish = fc.constantFrom(
      ...'\\`*_{}[]()#+-.!|~:@$=^<>&"\' \n\t'.split(''),
      'http://',
      'www.',
      '](',
      '<a href="x">',
      '&amp;',
      '\n# ',
      '\n- ',
      '\n1. ',
    );
    const text = fc
      .array(fc.oneof(markdownish, fc.string({ unit: 'grapheme', maxLength: 4 })), {
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const expected = shown(t);
        fc.pre(expected !== '');
        expect(md.render(escapeMarkdown(t))).toBe(`<p>${html(expected)}</p>\n`);
      }),
      { numRuns: 1000 },
    );
  });
});
