/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on every page of a built site in headless Chromium,
 * in the light and the dark colour scheme. Shared by the browser test (which fails on any
 * violation) and `npm run a11y:report` (which records the result for the accessibility statement).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { isRedirectStub, sitePages } from './site-pages.ts';

/** The rule sets that map to WCAG 2.1 level AA, which the law (DOS-lagen) requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export const AXE_VERSION: string = axe.version;

export interface Violation {
  page: string;
  colorScheme: ColorScheme;
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

export interface AuditResult {
  pages: string[];
  /** Pages that only redirect; checked with the refresh held back. */
  redirects: string[];
  violations: Violation[];
}

/** axe's rules on the page as it is now; axe is injected over the DevTools protocol, past the CSP. */
export async function runAxe(page: Page): Promise<Omit<Violation, 'page' | 'colorScheme'>[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, [...WCAG_TAGS]);
}

/** Every HTML page in `distDir`, served at `origin`, in each colour scheme. */
export async function auditSite(browser: Browser, origin: string, distDir: string): Promise<AuditResult> {
  const pages = await sitePages(distDir);
  const result: AuditResult = { pages: pages.map((p) => p.url), redirects: [], violations: [] };
  for (const colorScheme of COLOR_SCHEMES) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const { url, file } of pages) {
      const html = await readFile(join(distDir, file), 'utf8');
      if (isRedirectStub(html)) {
        // The stub's own markup is checked; a zero-second refresh would move on before axe runs.
        if (colorScheme === 'light') result.redirects.push(url);
        const held = html.replace(/<meta\s[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
        await page.route(`${origin}${url}`, (route) => route.fulfill({ body: held, contentType: 'text/html; charset=utf-8' }));
      }
      await page.goto(`${origin}${url}`, { waitUntil: 'load' });
      for (const violation of await runAxe(page)) result.violations.push({ page: url, colorScheme, ...violation });
      await page.unrouteAll();
    }
    await context.close();
  }
  return result;
}

export const formatViolation = (v: Violation) =>
  `${v.page} (${v.colorScheme}): ${v.rule} [${v.impact}] ${v.help} — ${v.targets.join(', ')}`;
