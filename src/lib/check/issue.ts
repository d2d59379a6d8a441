/** One problem the editors' check found: where it is, how serious, and what to do. */

export type Severity = 'error' | 'warning';

/** Every kind of problem the check reports. CONTRIBUTING.md explains each (a test makes sure). */
export const ISSUE_CODES = [
  // The schemas (src/lib/check/schema-check.ts, date-check.ts)
  'unknown-field', 'missing-field', 'wrong-type', 'unknown-value', 'wrong-format', 'too-small', 'too-big', 'invalid-value',
  'malformed-date',
  // Reading files and where they are (read-content.ts, layout-check.ts, body-check.ts, placeholder-check.ts)
  'broken-yaml', 'no-front-matter', 'not-a-mapping', 'wrong-folder', 'unknown-folder', 'nested-folder', 'not-read',
  'file-name', 'no-content', 'empty-body', 'placeholder',
  // Markup that could run code (markup-safety-check.ts)
  'unsafe-markup',
  // The plan's cross-references (src/lib/graph-checks.ts, lifecycle-check.ts, glossary-check.ts)
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

export interface CheckIssue {
  /** The file to change, relative to the project, e.g. `content/mal/vuxna-3-2.md`. */
  file: string;
  /** The line in that file, where one can be named. */
  line?: number | undefined;
  severity: Severity;
  /** What kind of problem it is, e.g. `unknown-field`; stable, for tests and the guide. */
  code: IssueCode;
  /** The English field name, e.g. `targetGroup` or `sources.0.url`. */
  field?: string | undefined;
  /** Swedish first, naming the English field in backticks, then what to do. */
  message: string;
}

export const error = (issue: Omit<CheckIssue, 'severity'>): CheckIssue => ({ ...issue, severity: 'error' });
export const warning = (issue: Omit<CheckIssue, 'severity'>): CheckIssue => ({ ...issue, severity: 'warning' });
