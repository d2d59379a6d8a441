/** The glossary explains each abbreviation once; two explanations would make `<abbr>` guess. */
import type { ContentSet } from '../entries.ts';
import { error, type Issue } from '../issues.ts';
import { current } from '../entries.ts';

export function glossaryRules(content: ContentSet): Issue[] {
  const first = new Map<string, string>();
  const issues: Issue[] = [];
  for (const term of current(content.glossary)) {
    const earlier = first.get(term.data.abbreviation);
    if (earlier) {
      issues.push(error({
        file: term.filePath, code: 'duplicate-abbreviation', field: 'abbreviation',
        message: `Förkortningen \`${term.data.abbreviation}\` förklaras redan i \`${earlier}\`. Slå ihop filerna, eller markera den ena med \`status: utgått\`.`,
      }));
    } else first.set(term.data.abbreviation, term.filePath);
  }
  return issues;
}
