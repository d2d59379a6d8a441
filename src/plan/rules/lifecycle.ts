/**
 * Withdraw, don't delete: `status: utgått` keeps the page at its URL, `replacedBy` points to what
 * replaces it. These rules keep the two fields meaning what the guide says they mean.
 */
import { COLLECTION_NAMES, COLLECTIONS } from '../../schemas/collections.ts';
import type { ContentSet, Entry } from '../entries.ts';
import { error, warning, type Issue } from '../issues.ts';
import { didYouMean } from '../suggest.ts';

type Lifecycle = { status: string; replacedBy?: string | undefined; redirectFrom: string[] };

export function lifecycleRules(content: ContentSet): Issue[] {
  const issues: Issue[] = [];
  for (const name of COLLECTION_NAMES) {
    const entries = content[name] as Entry<Lifecycle>[];
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const entry of entries) {
      const { status, replacedBy, redirectFrom } = entry.data;
      const at = (field: string) => ({ file: entry.filePath, field });
      if (replacedBy && status !== 'utgått') {
        issues.push(error({ ...at('replacedBy'), code: 'replaced-but-current', message: 'Fältet `replacedBy` används bara för poster som har utgått. Lägg till `status: utgått`, eller ta bort `replacedBy`.' }));
      }
      if (replacedBy === entry.id) {
        issues.push(error({ ...at('replacedBy'), code: 'replaced-by-itself', message: 'Fältet `replacedBy` pekar på posten själv. Ange id:t (filnamnet utan ändelse) på den post som ersätter den här.' }));
      }
      const replacement = replacedBy ? byId.get(replacedBy) : undefined;
      if (replacedBy && !replacement && !COLLECTIONS[name].page) {
        issues.push(error({
          ...at('replacedBy'), code: 'dangling-reference', value: replacedBy,
          message: `Fältet \`replacedBy\` pekar på \`${replacedBy}\`, men det finns ingen sådan fil i \`content/${COLLECTIONS[name].folder}/\`.${didYouMean(replacedBy, [...byId.keys()])} Rätta id:t.`,
        }));
      }
      if (replacement && replacement.id !== entry.id && replacement.data.status === 'utgått') {
        issues.push(warning({ ...at('replacedBy'), code: 'replaced-by-withdrawn', message: `Posten ersätts av \`${replacement.id}\`, som också har utgått. Peka på den post som gäller nu, så att läsarna kommer rätt.` }));
      }
      if (redirectFrom.length > 0 && !COLLECTIONS[name].page) {
        issues.push(warning({ ...at('redirectFrom'), code: 'redirect-without-page', message: 'Posten har ingen egen sida, så `redirectFrom` gör ingenting här. Ta bort fältet.' }));
      }
    }
  }
  return issues;
}
