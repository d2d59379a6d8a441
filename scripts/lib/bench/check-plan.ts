/**
 * Checks a generated plan with the real schemas and graph before anything is timed, so a bench
 * never measures a build that would have failed, and says plainly what the generator got wrong.
 */
import { formatIssues } from '../../../src/plan/issues.ts';
import { validatePlan } from '../../../src/plan/rules/index.ts';
import { readContentFiles, validateContentFiles } from '../../../src/check/read-content.ts';

/** Returns the number of content files; throws listing every problem. */
export async function checkPlan(contentDir: string): Promise<number> {
  const { files, problems } = await readContentFiles(contentDir, contentDir);
  const { content, failures } = validateContentFiles(files);
  const issues = validatePlan(content);
  const messages = [
    ...problems.map((p) => `${p.filePath}: ${p.message}`),
    ...failures.map((f) => `${f.file.filePath}: ${f.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`),
  ];
  if (messages.length > 0 || issues.length > 0) {
    throw new Error(`The generated plan in ${contentDir} is not valid:\n${messages.join('\n')}\n${formatIssues(issues)}`);
  }
  return files.length;
}
