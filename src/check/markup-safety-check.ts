/**
 * Raw HTML or MDX code that could run script in a visitor's browser, or code during the build:
 * the same rules the build enforces (`src/security/markup-check.ts`), reported like every other
 * mistake so `npm run check` finds it before a build does.
 */
import { checkMarkup } from '../security/markup-check.ts';
import type { ContentFile } from './read-content.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, type MarkupProblem } from '../security/markup-policy.ts';
import { error, type CheckIssue } from '../plan/issues.ts';

const ADVICE =
  `Tillåten HTML är ${ALLOWED_TAGS.map((tag) => `\`<${tag}>\``).join(', ')} med attributen ` +
  `${ALLOWED_ATTRIBUTES.map((name) => `\`${name}\``).join(' och ')}. Skriv länkar och bilder med markdown, ` +
  't.ex. `[länktext](https://exempel.se/)`, och använd inga egna `import`, `export` eller `{...}`-uttryck.';

/** Every unsafe construct in every file, with its line in the file. */
export async function findMarkupProblems(files: ContentFile[]) {
  const found: { file: ContentFile; problems: MarkupProblem[] }[] = [];
  for (const file of files) {
    const lineOffset = file.bodyLine - 1;
    const format = file.filePath.endsWith('.mdx') ? 'mdx' : 'markdown';
    const problems = await checkMarkup(file.body, format, lineOffset);
    if (problems.length > 0) found.push({ file, problems });
  }
  return found;
}

export async function checkMarkupSafety(files: ContentFile[]): Promise<CheckIssue[]> {
  return (await findMarkupProblems(files)).flatMap(({ file, problems }) =>
    problems.map((problem) =>
      error({ file: file.filePath, line: problem.line, code: 'unsafe-markup', message: `${problem.message} ${ADVICE}` }),
    ),
  );
}
