/**
 * One problem in the content, wherever it is found (the plan's rules, the editors' check, the
 * build): where it is, how serious, and what to do. One formatter prints a list of them.
 */

export type Severity = 'error' | 'warning';

/** Every kind of problem the check reports. CONTRIBUTING.md explains each (a test makes sure). */
export const ISSUE_CODES = [
  // The schemas (src/check/schema-check.ts, date-check.ts)
  'unknown-field', 'missing-field', 'wrong-type', 'unknown-value', 'wrong-format', 'too-small', 'too-big', 'invalid-value',
  'malformed-date',
  // Reading files and where they are (read-content.ts, layout-check.ts, body-check.ts, placeholder-check.ts)
  'broken-yaml', 'no-front-matter', 'not-a-mapping', 'wrong-folder', 'unknown-folder', 'nested-folder', 'not-read',
  'file-name', 'no-content', 'empty-body', 'placeholder',
  // Files that are not what they claim to be (src/security/content-file.ts, layout-check.ts)
  'symlink', 'not-a-file', 'too-large', 'encoding', 'duplicate-id', 'reserved-id',
  // Markup that could run code (markup-safety-check.ts), addresses the site owns (redirect-check.ts)
  'unsafe-markup', 'redirect-reserved',
  // A rule that failed on input nobody foresaw (run-check.ts): reported, never a stack trace
  'check-failed',
  // The plan's cross-references (src/plan/rules/: cross-references.ts, lifecycle.ts, glossary.ts)
  'dangling-reference', 'missing-focus-area', 'duplicate-focus-area', 'duplicate-goal', 'unused-indicator',
  'counterpart-not-mutual', 'duplicate-url', 'replaced-but-current', 'replaced-by-itself', 'replaced-by-withdrawn',
  'redirect-without-page', 'duplicate-abbreviation',
  // Published addresses (url-check.ts, url-manifest.ts)
  'url-removed', 'url-rebound', 'url-not-recorded', 'url-manifest-outdated', 'url-manifest-missing', 'url-manifest-syntax',
  'url-manifest-duplicate',
  // Plain language (lix-check.ts)
  'lix',
  // Indicator values in CSV files and the county's structure (indicator-files.ts, indicator-data.ts, county-checks.ts)
  'csv-syntax', 'csv-column', 'csv-value', 'csv-area', 'csv-year', 'csv-duplicate', 'csv-without-indicator', 'missing-unit',
  'baseline-without-value', 'municipality-in-two-groups', 'sub-region-without-slug', 'unknown-area',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  /** The file to change, relative to the project, e.g. `content/mal/vuxna-3-2.md`. */
  file: string;
  /** The line in that file, where one can be named. */
  line?: number | undefined;
  severity: Severity;
  /** What kind of problem it is, e.g. `unknown-field`; stable, for tests and the guide. */
  code: IssueCode;
  /** The English field name, e.g. `targetGroup` or `sources.0.url`. */
  field?: string | undefined;
  /** The id or value that is wrong, if there is one, e.g. the missing id of a reference. */
  value?: string | undefined;
  /** Swedish first, naming the English field in backticks, then what to do. */
  message: string;
}

/** The same type under the name the editors' check modules have always used. */
export type CheckIssue = Issue;

export const error = (issue: Omit<Issue, 'severity'>): Issue => ({ ...issue, severity: 'error' });
export const warning = (issue: Omit<Issue, 'severity'>): Issue => ({ ...issue, severity: 'warning' });

export const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

const indent = (text: string, spaces: number) =>
  text.split('\n').map((line, i) => (i === 0 || line === '' ? line : `${' '.repeat(spaces)}${line}`)).join('\n');

function formatIssue(issue: Issue): string {
  const where = [issue.severity === 'warning' ? 'varning' : '', issue.line ? `rad ${issue.line}` : ''].filter(Boolean).join(', ');
  return `  ${where ? `${where}: ` : ''}${indent(issue.message, 4)}`;
}

/** Every problem, grouped under its file, files in the order first met. */
export function formatIssues(issues: readonly Issue[]): string {
  const byFile = Map.groupBy(issues, (issue) => issue.file);
  return [...byFile].map(([file, list]) => `${file}\n${list.map(formatIssue).join('\n')}`).join('\n\n');
}
