/**
 * Stops the build when a file in `content/` holds markup that could run script in a visitor's
 * browser (`<script>`, `onerror=`, `javascript:` links, `<iframe>`) or code during the build (MDX
 * `import`/`export` or `{...}` expressions). We reject rather than silently strip: the editor
 * learns what was wrong, and nothing they did not intend is published. The Content-Security-Policy
 * (`security-headers.ts`) is the second line of defence.
 *
 * Two places, one rule set (`src/security/markup-check.ts`):
 * - before a build, the editors' check (`src/lib/check/markup-safety-check.ts`, run by
 *   content-check.ts) checks every file and stops the build with all problems; Astro only logs a
 *   render error and caches the entry, so the pipeline alone is not enough;
 * - inside Astro's Sätteri pipeline (MDX inherits it), so `astro dev` reports a problem on save.
 * Only files under the content folder are checked: the site's own code may import.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PluginFactoryContext } from 'satteri';
import { findMarkupProblems } from '../check/markup-safety-check.ts';
import { markupSafetyPlugin } from '../security/markup-check.ts';
import { readContentFiles } from '../check/read-content.ts';
import { formatUnsafeContent, type MarkupProblem } from '../security/markup-policy.ts';

export interface ContentSafetyOptions {
  /** Folder whose files are checked; the same as the content loader's (`HPH_CONTENT_DIR`). */
  contentDir: string;
}

/** Every unsafe construct in every content file, as one message per file. */
export async function findUnsafeContent(contentDir: string): Promise<string[]> {
  const { files } = await readContentFiles(contentDir);
  const found = await findMarkupProblems(files);
  return found.map(({ file, problems }) => formatUnsafeContent(file.filePath, problems));
}

/** The render-time plugin: one instance per document under the content folder. */
export function renderTimePlugin(contentDir: string) {
  const root = resolve(contentDir) + sep;
  return ({ fileURL }: PluginFactoryContext) => {
    const path = fileURL ? fileURLToPath(fileURL) : '';
    if (!path.startsWith(root)) return null;
    // Astro hands the pipeline the body only; its lines are counted from the end of the front matter.
    const problems: MarkupProblem[] = [];
    return markupSafetyPlugin(problems, 0, () => {
      if (problems.length > 0) throw new Error(formatUnsafeContent(relative(process.cwd(), path), problems));
    });
  };
}

export default function contentSafety({ contentDir }: ContentSafetyOptions): AstroIntegration {
  return {
    name: 'hph:content-safety',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } };
        if (processor.name !== 'satteri' || !processor.options.hastPlugins) {
          throw new Error(
            `Innehållskontrollen kräver Astros markdown-processor Sätteri, men \`markdown.processor\` är \`${processor.name}\`. ` +
              'Ta bort den egna processorn i astro.config.mjs eller flytta kontrollen till den.',
          );
        }
        processor.options.hastPlugins.unshift(renderTimePlugin(contentDir));
        // Before a build, the editors' check (content-check.ts, markup-safety-check.ts) has
        // already refused unsafe markup in every file, with the same rules.
      },
    },
  };
}
