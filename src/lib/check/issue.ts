/** One problem the editors' check found: where it is, how serious, and what to do. */

export type Severity = 'error' | 'warning';

export interface CheckIssue {
  /** The file to change, relative to the project, e.g. `content/mal/vuxna-3-2.md`. */
  file: string;
  /** The line in that file, where one can be named. */
  line?: number | undefined;
  severity: Severity;
  /** What kind of problem it is, e.g. `unknown-field`; stable, for tests and the guide. */
  code: string;
  /** The English field name, e.g. `targetGroup` or `sources.0.url`. */
  field?: string | undefined;
  /** Swedish first, naming the English field in backticks, then what to do. */
  message: string;
}

export const error = (issue: Omit<CheckIssue, 'severity'>): CheckIssue => ({ ...issue, severity: 'error' });
export const warning = (issue: Omit<CheckIssue, 'severity'>): CheckIssue => ({ ...issue, severity: 'warning' });
