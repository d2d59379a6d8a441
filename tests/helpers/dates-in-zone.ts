/**
 * Prints, as JSON, every date the schemas read from a few ways of writing a day, formatted as the
 * pages format them. `tests/unit/time-zones.test.ts` runs it under several `TZ` values.
 */
import { formatDate, isoDate } from '../../src/i18n/sv.ts';
import { parseContentFile, validateContentFiles } from '../../src/check/read-content.ts';

const written = ['2018-05-04', '"2018-05-04"', "'2018-12-31'", '2020-01-01', '"2018-5-4"', '"4/5/2018"'];
const out = written.map((date) => {
  const text = `---\ntitle: T\nslug: t\ndate: ${date}\nsignedDate: 2018-05-07\nsummary: S.\ndecidedBy: org\ngoals:\n  - vuxna-1-1\nsources:\n  - title: K\n    date: ${date}\n---\n\nText.\n`;
  const file = parseContentFile('assignments', 'content/uppdrag/t.md', text);
  if (Array.isArray(file)) return { date, problem: file[0]?.message };
  const { content, failures } = validateContentFiles([file]);
  const entry = content.assignments[0];
  if (!entry) return { date, problem: failures[0]?.issues[0]?.message };
  const { data } = entry as unknown as { data: { date: Date; signedDate: Date; sources: { date: Date }[] } };
  return { date, shown: [data.date, data.signedDate, data.sources[0]!.date].map((d) => `${formatDate(d)} ${isoDate(d)}`) };
});
console.log(JSON.stringify(out));
