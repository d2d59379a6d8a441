/**
 * Adds the `<abbr>` plugin (src/markdown/abbreviations.ts) to Astro's Markdown and MDX
 * processor, with the glossary's terms; the post-build pass keeps one `<abbr>` per
 * abbreviation on each page. Restart `npm run dev` after editing the glossary.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirOf } from '../publishing/content-dir.ts';
import { loadGlossaryTerms } from '../markdown/glossary-terms.ts';
import { abbreviationsPlugin } from '../markdown/abbreviations.ts';
import { COLLECTIONS } from '../schemas/collections.ts';

export default function glossaryAbbreviations(): AstroIntegration {
  return {
    name: 'hph:glossary-abbreviations',
    hooks: {
      'astro:config:setup': ({ config, logger, addWatchFile }) => {
        const contentDir = contentDirOf(fileURLToPath(config.root));
        const processor = config.markdown.processor;
        const options = processor.options as { hastPlugins?: unknown[] } | undefined;
        if (processor.name !== 'satteri' || !options?.hastPlugins) {
          logger.warn('Förkortningar märks inte upp: Markdown-processorn är inte Sätteri.');
          return;
        }
        options.hastPlugins.push(abbreviationsPlugin(loadGlossaryTerms(contentDir)));
        addWatchFile(join(contentDir, COLLECTIONS.glossary.folder));
      },
    },
  };
}
