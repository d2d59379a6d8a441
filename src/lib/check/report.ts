/** The check's report for a terminal: problems grouped by file, then one summary line. */
import { count } from '../../i18n/sv.ts';
import type { CheckIssue } from '../../plan/issues.ts';

const indent = (text: string, spaces: number) =>
  text.split('\n').map((line, i) => (i === 0 || line === '' ? line : `${' '.repeat(spaces)}${line}`)).join('\n');

function formatIssue(issue: CheckIssue): string {
  const where = [issue.severity === 'warning' ? 'varning' : '', issue.line ? `rad ${issue.line}` : ''].filter(Boolean).join(', ');
  return `  ${where ? `${where}: ` : ''}${indent(issue.message, 4)}`;
}

/** Every problem, grouped under its file, files in alphabetical order. */
export function formatIssues(issues: readonly CheckIssue[]): string {
  const byFile = Map.groupBy(issues, (issue) => issue.file);
  return [...byFile].map(([file, list]) => `${file}\n${list.map(formatIssue).join('\n')}`).join('\n\n');
}

/** "73 filer kontrollerade, inga fel." or "73 filer kontrollerade: 3 fel i 2 filer, 1 varning." */
export function summaryLine(fileCount: number, issues: readonly CheckIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.length - errors.length;
  const checked = `${count(fileCount, 'fil', 'filer')} kontrollerade`;
  const warned = warnings > 0 ? `, ${count(warnings, 'varning', 'varningar')}` : '';
  if (errors.length === 0) return `${checked}, inga fel${warned}.`;
  const files = new Set(errors.map((i) => i.file)).size;
  return `${checked}: ${errors.length} fel i ${count(files, 'fil', 'filer')}${warned}.`;
}

export function formatReport(fileCount: number, issues: readonly CheckIssue[]): string {
  return issues.length === 0 ? summaryLine(fileCount, issues) : `${formatIssues(issues)}\n\n${summaryLine(fileCount, issues)}`;
}

export const hasErrors = (issues: readonly CheckIssue[]) => issues.some((i) => i.severity === 'error');
