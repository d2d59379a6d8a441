/**
 * The plan's rules (`validatePlan` in src/plan/rules/), with file lines added. A file that
 * failed its schema is left out of the graph, so problems that only follow from that (a
 * reference to it, an indicator only it uses) are not reported twice.
 */
import type { ContentSet } from '../plan/entries.ts';
import { validatePlan } from '../plan/rules/index.ts';
import type { ContentFile } from './read-content.ts';
import { lineOfPath, lineOfValue } from './yaml-positions.ts';
import type { Issue } from '../plan/issues.ts';

export interface GraphCheckInput {
  content: ContentSet;
  /** Every file read, valid or not, to find lines and to know what failed. */
  files: ContentFile[];
  /** Files that failed their schema. */
  invalid: ContentFile[];
  /** Valid files marked `draft: true`. */
  drafts: ContentFile[];
  /** Ids of files whose front matter could not be read at all. */
  unreadable: string[];
}

function followsFromInvalidFile(issue: Issue, invalid: ContentFile[], unreadable: string[]): boolean {
  const rawOf = (file: ContentFile) => file.raw as Record<string, unknown>;
  // An unreadable file could be anything, so what its absence causes is not reported.
  if ((issue.code === 'unused-indicator' || issue.code === 'missing-focus-area') && unreadable.length > 0) return true;
  switch (issue.code) {
    case 'dangling-reference':
      return invalid.some((file) => file.id === issue.value) || unreadable.includes(issue.value ?? '');
    case 'unused-indicator':
      return invalid.some((file) => file.collection === 'goals' && [rawOf(file)['indicators']].flat().includes(issue.value));
    case 'missing-focus-area':
      return invalid.some((file) => file.collection === 'focusAreas' && String(rawOf(file)['number']) === issue.value);
    default:
      return false;
  }
}

export function checkGraph({ content, files, invalid, drafts, unreadable }: GraphCheckInput): Issue[] {
  const byPath = new Map(files.map((file) => [file.filePath, file]));
  return validatePlan(content)
    .filter((issue) => !followsFromInvalidFile(issue, invalid, unreadable))
    .map((issue) => {
      const file = byPath.get(issue.file);
      const field = issue.field?.split(',')[0]?.trim() ?? '';
      const line = !file
        ? undefined
        : issue.code === 'dangling-reference' && issue.value
          ? lineOfValue(file.positions, field, issue.value)
          : lineOfPath(file.positions, field.split('.'));
      const draft = issue.code === 'dangling-reference' && drafts.find((d) => d.id === issue.value);
      const message = draft
        ? `Fältet \`${issue.field}\` pekar på \`${issue.value}\`, som är ett utkast (\`draft: true\` i \`${draft.filePath}\`) och inte publiceras. Publicera den först, eller ta bort hänvisningen tills vidare.`
        : issue.message;
      return { ...issue, line, message };
    });
}
