/**
 * `npm run ny` fills what the editor must write with "FYLL I" and marks the entry as a draft.
 * A published entry that still has a placeholder would show it to the public: that is an error.
 */
import type { ContentFile } from './read-content.ts';
import { pathKey } from './yaml-positions.ts';
import { PLACEHOLDER, PLACEHOLDER_ID } from './scaffold.ts';
import { error, type CheckIssue } from '../plan/issues.ts';
import { subjectOf } from '../plan/zod-messages.ts';

export function checkPlaceholders(published: ContentFile[]): CheckIssue[] {
  return published.flatMap((file) => {
    const fields = file.positions.scalars
      .filter((s) => typeof s.value === 'string' && (s.value.startsWith(PLACEHOLDER) || s.value === PLACEHOLDER_ID))
      .map((s) =>
        error({
          file: file.filePath, line: s.line, field: pathKey(s.path), code: 'placeholder',
          message: `${subjectOf(s.path)} har kvar platshållaren \`${String(s.value)}\`. Skriv det riktiga värdet, eller sätt tillbaka \`draft: true\` tills posten är klar.`,
        }),
      );
    const bodyLine = file.body.split('\n').findIndex((line) => line.includes(PLACEHOLDER));
    const body = bodyLine < 0 ? [] : [error({
      file: file.filePath, line: file.bodyLine + bodyLine, code: 'placeholder',
      message: `Texten har kvar platshållaren "${PLACEHOLDER}". Skriv den riktiga texten, eller sätt tillbaka \`draft: true\` tills posten är klar.`,
    })];
    return [...fields, ...body];
  });
}
