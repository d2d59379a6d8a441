/**
 * Every visible string goes through `src/i18n/sv.ts` (issue #11): no template under
 * `src/pages`, `src/layouts` or `src/components` writes visitor-facing text itself.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { frontmatterSentences, hardCodedText } from '../helpers/template-text.ts';

const FOLDERS = ['src/pages', 'src/layouts', 'src/components'];

async function astroFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)))
    .sort();
}

describe('hard-coded visible text', () => {
  it('finds text nodes, rendered strings and visible attributes, with their lines', () => {
    const source = [
      '---',
      "const label = 'Mål';",
      '---',
      '<p class="lead" data-x="ord">Hej {name}</p>',
      "{open && ', förlängd till och med 2024'}",
      '{items.map((item) => <li title="Öppna">{item.done ? `klar ${item.n}` : item.title}</li>)}',
      '<img alt="Diagram" src="/a.png" />',
      '<Layout description={`${label} i planen`} searchable={status !== \'utgått\'} />',
      '<span aria-label={ui.x}>{ui.y} – {n} · 3</span>',
      '<style>.a::before { content: "text"; }</style>',
      '<p>{ui.field} <code>schemaVersion</code></p>',
      '<DataTable caption="Fält" level="h3" file="content/mal" rows={rows} />',
      '<!-- en kommentar -->',
    ].join('\n');
    expect(hardCodedText(source)).toEqual([
      { line: 4, text: 'Hej' },
      { line: 5, text: ', förlängd till och med 2024' },
      { line: 6, text: 'Öppna' },
      { line: 6, text: 'klar' },
      { line: 7, text: 'Diagram' },
      { line: 8, text: 'i planen' },
      { line: 12, text: 'Fält' },
    ]);
  });

  it('finds sentences in the frontmatter, but not imports, errors or single words', () => {
    const source = [
      '---',
      "import Layout from '../layouts/Base Layout.astro';",
      "const kind = { plan: 'Plan', projekt: 'Lokalt projekt' };",
      'const caption = `Alla värden för ${title}`;',
      "if (!entry) throw new Error(`Hittade inte ${id}.`);",
      "const withdrawn = status === 'utgått';",
      '---',
      '<p>{caption}</p>',
    ].join('\n');
    expect(frontmatterSentences(source)).toEqual([
      { line: 3, text: 'Lokalt projekt' },
      { line: 4, text: 'Alla värden för' },
    ]);
  });

  it('is not in any page, layout or component: the words belong in src/i18n/sv.ts', async () => {
    const found: string[] = [];
    for (const folder of FOLDERS) {
      for (const file of await astroFiles(folder)) {
        const source = await readFile(join(PROJECT_ROOT, file), 'utf8');
        for (const { line, text } of [...frontmatterSentences(source), ...hardCodedText(source)]) found.push(`${file}:${line}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
