/** `npm run check -- --format github|json` as a workflow runs it, on content with mistakes. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { scenario } from '../helpers/scenario.ts';

const exec = promisify(execFile);

async function check(format: string, env: Record<string, string> = {}) {
  const { contentDir } = await scenario('several-mistakes');
  try {
    await exec(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), '--format', format], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, HPH_CONTENT_DIR: contentDir, ...env },
    });
    return { status: 0, stdout: '' };
  } catch (failure) {
    const { code, stdout } = failure as { code: number; stdout: string };
    return { status: code, stdout };
  }
}

describe('npm run check -- --format', () => {
  it('github: one annotation per problem on its file and line, the usual report, and a summary table', async () => {
    const summary = join(await mkdtemp(join(tmpdir(), 'hph-summary-')), 'summary.md');
    const { status, stdout } = await check('github', { GITHUB_STEP_SUMMARY: summary });
    expect(status).toBe(1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(6);
    expect(annotations.some((line) => /^::error file=[^,]*content\/mal\/vuxna-1-1\.md,line=\d+,title=Fel i innehållet \(unknown-field%2C titel\)::Fältet `titel`/.test(line))).toBe(true);
    expect(stdout).toMatch(/14 filer kontrollerade: 6 fel i 4 filer\./);
    const table = (await readFile(summary, 'utf8')).split('\n').filter((line) => /^\| (fel|varning) \|/.test(line));
    expect(table).toHaveLength(6);
  });

  it('json: every problem with its code, file and line', async () => {
    const { status, stdout } = await check('json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ fileCount: 14, errors: 6 });
    expect(report.issues.find((issue: { code: string }) => issue.code === 'unknown-field')).toMatchObject({ field: 'titel', severity: 'error' });
  });
});
