/**
 * Promise: on /sok/, a goal number typed with a space ("1 2"), as people type on a phone, finds
 * that goal first, because the page writes it the plan's way ("1:2") before searching. Run on the
 * fixture plan, whose goals 1:1, 1:2, 2:1 share digits: the real site has only goals numbered
 * 3:2, which any query with a 3 or a 2 finds first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanExport } from '../../src/open-data/schema.ts';
import { useSiteInBrowser } from '../helpers/browser.ts';

const distDir = inject('fixtureDistDir');
const site = useSiteInBrowser(distDir);
let page: Page;
let plan: PlanExport;

beforeAll(async () => {
  plan = JSON.parse(await readFile(join(distDir, 'data/plan.json'), 'utf8')) as PlanExport;
  page = await site.browser.newPage();
});

const resultLinks = () =>
  page.getByRole('region', { name: 'Sökresultat' }).locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('a goal number typed with a space on /sok/ (fixture plan)', () => {
  it('lists the goals with that number first, for each current goal number', async () => {
    const current = plan.goals.filter((goal) => goal.status === 'gällande');
    const codes = [...new Set(current.map((goal) => goal.code))];
    expect(codes.length).toBeGreaterThanOrEqual(3);
    for (const code of codes) {
      const typed = code.replace(':', ' ');
      const expected = current.filter((goal) => goal.code === code).map((goal) => new URL(goal.url).pathname).sort();
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(typed)}`);
      await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toContain(`”${typed}”`);
      expect((await resultLinks()).slice(0, expected.length).sort(), typed).toEqual(expected);
    }
  });
});
