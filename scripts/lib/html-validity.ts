/**
 * Validates every HTML file of a built site with html-validate and the project's committed
 * `.htmlvalidate.json` (read explicitly, so a build outside the project is judged the same way).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { sitePages } from './site-pages.ts';

export interface HtmlProblem {
  /** The page's URL path, e.g. `/mal/vuxna/3-2/`. */
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export const HTML_VALIDATE_CONFIG = resolve(import.meta.dirname, '../../.htmlvalidate.json');

export async function validateHtml(distDir: string): Promise<{ pagesChecked: number; problems: HtmlProblem[] }> {
  const config = JSON.parse(await readFile(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData;
  const validator = new HtmlValidate({ ...config, root: true });
  const pages = await sitePages(distDir);
  const problems: HtmlProblem[] = [];
  for (const { url, file } of pages) {
    const report = await validator.validateString(await readFile(join(distDir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const { line, column, ruleId, message } of result.messages) {
        problems.push({ page: url, line, column, rule: ruleId, message });
      }
    }
  }
  return { pagesChecked: pages.length, problems };
}
