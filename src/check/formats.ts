/**
 * The check's report for machines: GitHub workflow annotations (shown on the file and line in a
 * pull request), a Markdown table for the job summary, and JSON for other tools. The terminal
 * report stays in `report.ts`.
 */
import type { CheckIssue } from '../plan/issues.ts';
import { summaryLine } from './report.ts';

export const FORMATS = ['text', 'github', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** GitHub's escaping for an annotation's message (after `::`). */
export const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** GitHub's escaping for a property value (`file=…,title=…`): the message rules plus `:` and `,`. */
export const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

const TITLES: Record<CheckIssue['severity'], string> = { error: 'Fel i innehållet', warning: 'Varning i innehållet' };

/** One `::error file=…,line=…,title=…::message` line per problem. */
export function githubAnnotation(issue: CheckIssue): string {
  const properties = [
    `file=${escapeProperty(issue.file)}`,
    ...(issue.line ? [`line=${issue.line}`] : []),
    `title=${escapeProperty(`${TITLES[issue.severity]} (${issue.code}${issue.field ? `, ${issue.field}` : ''})`)}`,
  ];
  return `::${issue.severity} ${properties.join(',')}::${escapeData(issue.message)}`;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\r?\n+/g, ' ');

/** The job summary: one table row per problem, under the summary line. */
export function markdownSummary(fileCount: number, issues: readonly CheckIssue[]): string {
  const head = `### Innehållskontroll\n\n${summaryLine(fileCount, issues)}\n`;
  if (issues.length === 0) return head;
  const rows = issues.map(
    (issue) => `| ${issue.severity === 'error' ? 'fel' : 'varning'} | \`${cell(issue.file)}\` | ${issue.line ?? ''} | ${cell(issue.message)} |`,
  );
  return `${head}\n| Typ | Fil | Rad | Problem |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

/** Everything the check found, for tools: stable codes, English field names, Swedish messages. */
export function jsonReport(fileCount: number, issues: readonly CheckIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return `${JSON.stringify({ fileCount, errors, warnings: issues.length - errors, issues }, null, 2)}\n`;
}

/** `--format <name>` (or `--format=<name>`) from the command line; `text` when absent. */
export function formatOf(argv: readonly string[]): Format {
  const index = argv.findIndex((arg) => arg === '--format' || arg.startsWith('--format='));
  if (index === -1) return 'text';
  const value = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if ((FORMATS as readonly string[]).includes(value ?? '')) return value as Format;
  throw new Error(`Okänt format \`${value ?? ''}\` för \`--format\`. Välj ${FORMATS.map((f) => `\`${f}\``).join(', ')}.`);
}
