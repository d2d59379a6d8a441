/**
 * Dates that YAML and JavaScript quietly bend: `2018-02-31` becomes 3 March and `2018-5-4` is
 * read in the build machine's time zone. Every date an editor writes must be a real day, ÅÅÅÅ-MM-DD.
 */
import type { ContentFile } from './read-content.ts';
import { pathKey } from './yaml-positions.ts';
import { error, type CheckIssue } from '../plan/issues.ts';
import { subjectOf } from '../plan/zod-messages.ts';

const LOOSE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|T)/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkDates(files: ContentFile[]): CheckIssue[] {
  return files.flatMap((file) =>
    file.positions.scalars.flatMap((scalar) => {
      const match = LOOSE_DATE.exec(scalar.source);
      if (!match) return [];
      const [, year, month, day] = match.map(Number) as [number, number, number, number];
      const subject = subjectOf(scalar.path);
      const at = { file: file.filePath, line: scalar.line, field: pathKey(scalar.path) };
      if (!isRealDay(year, month, day)) {
        return [error({ ...at, code: 'malformed-date', message: `${subject} har datumet \`${scalar.source}\`, som inte finns i kalendern. Rätta månad och dag (ÅÅÅÅ-MM-DD).` })];
      }
      if (!/^\d{4}-\d{2}-\d{2}/.test(scalar.source)) {
        const fixed = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        return [error({ ...at, code: 'malformed-date', message: `${subject} har datumet \`${scalar.source}\`. Skriv månad och dag med två siffror var: \`${fixed}\`.` })];
      }
      return [];
    }),
  );
}
