// A briefing as PDF: the HTML page printed by headless Chromium (playwright-core), with the TLP banner in the
// header and footer template of every page. Chromium from CHROMIUM_PATH, else /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { UnavailableError } from '../../errors.js';
import type { BriefingModel } from './briefing-types.js';
import { TLP_COLOR, escapeHtml, tlpLabel } from './briefing-format.js';
import { renderHtml } from './render-html.js';

/** The flags our browser tests use (test/e2e/browser.ts): headless, no sandbox, no background traffic. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** UNAVAILABLE (reason CHROMIUM_MISSING) when no Chromium can be started, naming the fix. */
function chromiumMissing(path: string, cause?: unknown): UnavailableError {
  const e = new UnavailableError(
    `PDF briefings need Chromium, and none was found at ${path}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable; HTML and Markdown briefings work without it.`,
    { reason: 'CHROMIUM_MISSING', path },
  );
  if (cause !== undefined) e.cause = cause;
  return e;
}

function bannerTemplate(m: BriefingModel, where: 'header' | 'footer'): string {
  const tlp = `<span style="background:#000;color:${TLP_COLOR[m.tlp]};font-weight:bold;padding:1px 6px;-webkit-print-color-adjust:exact;print-color-adjust:exact">${escapeHtml(tlpLabel(m.tlp))}</span>`;
  const right =
    where === 'footer'
      ? `<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>`
      : `<span>${escapeHtml(m.title)}</span>`;
  return `<div style="font-size:9px;font-family:Helvetica,Arial,sans-serif;width:100%;padding:0 18mm;display:flex;justify-content:space-between;align-items:center">${tlp}${right}</div>`;
}

/** Throws UNAVAILABLE (CHROMIUM_MISSING) before any work when no Chromium executable is there. */
export function requireChromium(): string {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw chromiumMissing(executablePath);
  return executablePath;
}

export async function renderPdf(m: BriefingModel): Promise<Buffer> {
  const executablePath = requireChromium();
  const browser = await chromium
    .launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
    .catch((error: unknown) => {
      throw chromiumMissing(executablePath, error);
    });
  try {
    const page = await browser.newPage();
    // Self-contained: nothing may be fetched while printing.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(renderHtml(m, { forPdf: true }), { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: bannerTemplate(m, 'header'),
      footerTemplate: bannerTemplate(m, 'footer'),
      margin: { top: '20mm', bottom: '20mm', left: '0', right: '0' },
    });
  } finally {
    await browser.close();
  }
}
