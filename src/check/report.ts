/** The check's report for a terminal: problems grouped by file, then one summary line. */
import { count } from '../i18n/sv.ts';
import { formatIssues, type Issue } from '../plan/issues.ts';

/** "73 filer kontrollerade, inga fel." or "73 filer kontrollerade: 3 fel i 2 filer, 1 varning." */
export function summaryLine(fileCount: number, issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.length - errors.length;
  const checked = `${count(fileCount, 'fil', 'filer')} kontrollerade`;
  const warned = warnings > 0 ? `, ${count(warnings, 'varning', 'varningar')}` : '';
  if (errors.length === 0) return `${checked}, inga fel${warned}.`;
  const files = new Set(errors.map((i) => i.file)).size;
  return `${checked}: ${errors.length} fel i ${count(files, 'fil', 'filer')}${warned}.`;
}

export function formatReport(fileCount: number, issues: readonly Issue[]): string {
  return issues.length === 0 ? summaryLine(fileCount, issues) : `${formatIssues(issues)}\n\n${summaryLine(fileCount, issues)}`;
}
