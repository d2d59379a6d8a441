/**
 * Runs the editors' check inside Astro, so `astro build` and `npm run dev` give the same
 * Swedish report as `npm run check`: the build stops on any error before a page is written;
 * the dev server prints the report at start and again whenever something in `content/` changes.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { contentDirOf } from '../publishing/content-dir.ts';
import { formatReport, summaryLine } from '../check/report.ts';
import { hasErrors } from '../plan/issues.ts';
import { checkContent } from '../check/run-check.ts';
import { CONTENT_CHECKED } from './build-steps.ts';

/**
 * Logs the report. Warnings are shown for `warnFor` files only when given (in dev: the files
 * being edited), so the warnings of untouched files do not drown each save.
 */
async function report(root: string, logger: AstroIntegrationLogger, warnFor?: Set<string>) {
  const result = await checkContent({ contentDir: contentDirOf(root), root });
  const shown = result.issues.filter((i) => i.severity === 'error' || !warnFor || warnFor.has(i.file));
  const text = formatReport(result.fileCount, shown);
  const hidden = result.issues.length - shown.length;
  const more = hidden > 0 ? ` (${hidden} varningar i andra filer: kör \`npm run check\` för att se dem)` : '';
  if (hasErrors(result.issues)) logger.error(`Innehållet har fel:\n\n${text}${more}`);
  else if (shown.length > 0) logger.warn(`\n${text}${more}`);
  else logger.info(`${summaryLine(result.fileCount, shown)}${more}`);
  return result;
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'hph:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        // `npm run build` has already checked; a bare `astro build` checks here.
        if (command !== 'build' || process.env[CONTENT_CHECKED]) return;
        const result = await report(root, logger);
        if (hasErrors(result.issues)) {
          throw new AstroError(
            'Bygget stoppades: innehållet har fel (se listan ovan).',
            'Rätta felen och bygg igen. `npm run check` visar samma lista utan att bygga.',
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = contentDirOf(root);
        const edited = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const rerun = () => {
          clearTimeout(timer);
          // Editors save several files at once (a rename is a delete and an add): check once after.
          timer = setTimeout(() => void report(root, logger, edited).catch((e: unknown) => logger.error(String(e))), 150);
        };
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          edited.add(relative(root, path));
          rerun();
        });
        rerun();
      },
    },
  };
}
