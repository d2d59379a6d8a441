/**
 * `npm run screenshots`: the README's pictures of the site, from the last build in `dist/`.
 * Each chosen page at 390 px (a phone) and 1280 px, in light and dark mode, written to
 * `.github/readme/` (not `public/`: they document the site, they are not part of it).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchBrowser, serveDist } from '../tests/helpers/browser.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.github', 'readme');

/** Page address → picture name. */
const PAGES: Record<string, string> = {
  '/': 'start',
  '/mal/vuxna/3-2/': 'mal',
};
const VIEWPORTS = [
  { name: 'telefon', width: 390, height: 844 },
  { name: 'dator', width: 1280, height: 900 },
];
const SCHEMES = ['light', 'dark'] as const;

async function run() {
  // 1. Serve the built site on loopback and start Chromium.
  await mkdir(outDir, { recursive: true });
  const server = await serveDist(join(root, 'dist'));
  const browser = await launchBrowser();
  try {
    // 2. One picture per page, width and colour scheme: the first screenful, as a visitor sees it.
    for (const [path, name] of Object.entries(PAGES)) {
      for (const viewport of VIEWPORTS) {
        for (const colorScheme of SCHEMES) {
          const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          await page.goto(`${server.origin}${path}`);
          const file = join(outDir, `${name}-${viewport.name}-${colorScheme === 'light' ? 'ljus' : 'mork'}.png`);
          await page.screenshot({ path: file });
          console.log(`  ${file}`);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await run();
