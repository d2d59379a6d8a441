/**
 * Social images at build time: hands the image endpoint (`src/pages/og/`) its settings, then
 * after the build logs how many images were rendered and how many came from the cache, and
 * removes cache files that no page uses any more.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OG_SETTINGS_MODULE, REPORT_FILE, type OgReport, type OgSettings } from '../social/settings.ts';

export default function ogImages(): AstroIntegration {
  let settings: OgSettings;
  const reportPath = () => join(settings.cacheDir, REPORT_FILE);
  return {
    name: 'hph:og-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        settings = {
          root: fileURLToPath(config.root),
          cacheDir: fileURLToPath(new URL('og/', config.cacheDir)),
          skip: process.env['SKIP_OG'] === '1',
        };
        const resolved = `\0${OG_SETTINGS_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'hph:og-settings',
                resolveId: (id) => (id === OG_SETTINGS_MODULE ? resolved : undefined),
                load: (id) => (id === resolved ? `export const settings = ${JSON.stringify(settings)};` : undefined),
              },
            ],
          },
        });
      },
      // A report left by an earlier build must not be mistaken for this one's.
      'astro:build:start': async () => {
        await rm(reportPath(), { force: true });
      },
      'astro:build:done': async ({ logger }) => {
        const log = logger.fork('og');
        if (settings.skip) {
          log.info('SKIP_OG=1: no social images built; og:image tags name images that are not in this build.');
          return;
        }
        const text = await readFile(reportPath(), 'utf8').catch(() => undefined);
        if (!text) {
          log.info('no social images in this build.');
          return;
        }
        const report = JSON.parse(text) as OgReport;
        const speed = report.msPerRenderedImage === null ? '' : `, ${report.msPerRenderedImage} ms per rendered image`;
        // The render time comes first: the bench reads the first duration of this line as the stage's.
        log.info(`${report.rendered} rendered in ${report.renderWallMs} ms, ${report.fromCache} from cache (${report.workers} worker threads${speed})`);
        const used = new Set([...report.files, REPORT_FILE]);
        const stale = (await readdir(settings.cacheDir)).filter((file) => !used.has(file));
        await Promise.all(stale.map((file) => rm(join(settings.cacheDir, file), { force: true })));
        if (stale.length > 0) log.info(`removed ${stale.length} unused cache file(s)`);
      },
    },
  };
}
