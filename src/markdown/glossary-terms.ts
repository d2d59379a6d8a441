/**
 * The glossary's current terms, read straight from `content/ordlista/` when Astro's config
 * loads (before any collection is), for the `<abbr>` markdown plugin.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbbreviationTerm } from './abbreviations.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { parseFrontMatter } from '../check/read-content.ts';

export function loadGlossaryTerms(contentDir: string): AbbreviationTerm[] {
  const dir = join(contentDir, COLLECTIONS.glossary.folder);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const parsed = parseFrontMatter(name, readFileSync(join(dir, name), 'utf8'));
    // An invalid term is reported by the check; here it is simply not used.
    const term = Array.isArray(parsed) ? undefined : COLLECTIONS.glossary.schema.safeParse(parsed.raw).data;
    if (!term || term.draft || term.status === 'utgått') return [];
    return [{ abbreviation: term.abbreviation, title: term.expansion ?? term.explanation ?? '' }];
  });
}
