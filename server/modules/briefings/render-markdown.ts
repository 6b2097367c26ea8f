// A briefing as Markdown for pasting into documents: the TLP line first and last, figures with their
// method, range and sources, tables, and the appendix of sources (the map and graph are in HTML and PDF).
import type { BriefingModel } from './briefing-types.js';
import { escapeMarkdown } from '../../formats/markdown-escape.js';
import { TLP_MEANING, formatValue, tlpLabel } from './briefing-format.js';
import {
  citations,
  day,
  figureText,
  provenanceLine,
  scopeLine,
  sourceNumbers,
} from './briefing-text.js';

/** Text from the data (source, cluster and compound names): shown literally, never as markup. */
const md = escapeMarkdown;
/** Our own wording (labels, methods, dates): only the characters that would start markup are escaped. */
const lite = (s: string) => s.replace(/[\\`*_[\]<>|$]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
/** A table cell: escapeMarkdown already escapes pipes and folds line breaks. */
const cell = md;
/** An indicator as inline code (a pipe would still end a GFM table cell). */
const code = (s: string) => `\`${s.replace(/[`\s]+/g, ' ').replace(/\|/g, '\\|')}\``;

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function renderMarkdown(m: BriefingModel): string {
  const banner = `**${tlpLabel(m.tlp)}** — ${TLP_MEANING[m.tlp]}`;
  const numbers = sourceNumbers(m);
  const out: string[] = [banner, '', `# ${md(m.title)}`, '', `_${md(scopeLine(m))}_`, ''];
  out.push(lite(provenanceLine(m)), '', '## Key figures', '');
  if (!m.figures.length) out.push('No figures for this scope.', '');
  for (const f of m.figures) {
    const t = figureText(f);
    out.push(
      `### ${lite(t.label)}: ${lite(t.value)}`,
      '',
      `- Range: ${lite(t.range)} (${lite(t.rangeMethod)})`,
      `- Method: ${lite(t.method)} ${lite(t.counted)}.`,
      `- Sources: ${citations(
        f.sources.map((s) => s.id),
        numbers,
      )} ${md(t.sources)}`,
      '',
    );
  }
  if (m.countries.length) {
    out.push('## Compounds by country and status', '');
    out.push(
      table(
        ['Country', 'Active', 'Raided', 'Relocated', 'Closed', 'Total'],
        m.countries.map((c) => [
          cell(c.country),
          `${c.active}`,
          `${c.raided}`,
          `${c.relocated}`,
          `${c.closed}`,
          `${c.total}`,
        ]),
      ),
      '',
    );
  }
  if (m.months.length) {
    const v = (x: number | null, unit: string) => (x === null ? '—' : formatValue(x, unit));
    out.push('## Month by month', '');
    out.push(
      table(
        ['Month', 'Victims', 'Reported losses', 'Wallet inflows'],
        m.months.map((r) => [
          r.period,
          v(r.victims, 'victims'),
          v(r.lossesUsd, 'USD'),
          v(r.inflowsUsd, 'USD'),
        ]),
      ),
      '',
    );
  }
  if (m.compounds.length) {
    out.push('## Compounds', '');
    out.push(
      table(
        ['Compound', 'Country', 'Latest status', 'Since'],
        m.compounds.map((c) => [
          cell(c.name),
          cell(c.country ?? '—'),
          cell(c.status ?? 'unknown'),
          day(c.since),
        ]),
      ),
      '',
    );
  }
  out.push('## Top indicators', '');
  if (!m.topIndicators.length) out.push('No indicators in this scope.', '');
  else
    out.push(
      table(
        ['Kind', 'Indicator', 'TLP', 'Conf.', 'Links', 'Seen', 'Sources'],
        m.topIndicators.map((i) => [
          i.label,
          code(i.display),
          tlpLabel(i.tlp),
          `${i.confidence}`,
          `${i.degree}`,
          i.firstSeen || i.lastSeen ? `${day(i.firstSeen)} – ${day(i.lastSeen)}` : '—',
          citations(i.sourceIds, numbers),
        ]),
      ),
      '',
    );
  out.push('## Appendix: sources', '');
  if (!m.sources.length) out.push('No sources.', '');
  else
    out.push(
      table(
        ['#', 'Source', 'Reliability', 'Id', 'Link'],
        m.sources.map((s, i) => [
          `[${i + 1}]`,
          cell(s.name),
          s.reliability ?? '—',
          code(s.id),
          s.url ? `<${s.url}>` : '',
        ]),
      ),
      '',
    );
  out.push(banner, '');
  return out.join('\n');
}
