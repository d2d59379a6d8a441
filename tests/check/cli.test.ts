/** The editors' commands as editors run them: exit status and what they print. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { scenario } from '../helpers/scenario.ts';

const exec = promisify(execFile);

async function runScript(script: string, contentDir?: string) {
  const env = { ...process.env, ...(contentDir ? { HPH_CONTENT_DIR: contentDir } : {}) };
  try {
    const { stdout } = await exec(process.execPath, [join(PROJECT_ROOT, 'scripts', script)], { cwd: PROJECT_ROOT, env });
    return { status: 0, stdout };
  } catch (failure) {
    const { code, stdout } = failure as { code: number; stdout: string };
    return { status: code, stdout };
  }
}

describe('npm run check', () => {
  it('passes the real content with a one-line summary and exit status 0', async () => {
    const { status, stdout } = await runScript('check.ts');
    expect(stdout).toMatch(/^\d+ filer kontrollerade, inga fel(, \d+ varningar?)?\.$/m);
    expect(status).toBe(0);
  });

  it('exits 1 on a mistake and names the file and field', async () => {
    const { contentDir } = await scenario('several-mistakes');
    const { status, stdout } = await runScript('check.ts', contentDir);
    expect(status).toBe(1);
    expect(stdout).toContain('content/mal/vuxna-1-1.md\n');
    expect(stdout).toContain('Fältet `titel` finns inte i ett mål. Menade du `title`?');
    expect(stdout).toMatch(/14 filer kontrollerade: 6 fel i 4 filer\./);
  });

  it('lists each text with its LIX on request', async () => {
    const { contentDir } = await scenario('base');
    const env = { ...process.env, HPH_CONTENT_DIR: contentDir };
    const { stdout: table } = await exec(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), '--lix'], { cwd: PROJECT_ROOT, env });
    expect(table).toContain('LIX per text (varning över 40), med sidan där texten visas:');
  });
});

describe('npm run urls:update', () => {
  it('follows a renamed file, after which the check passes', async () => {
    const { contentDir } = await scenario('renamed-goal');
    const { status, stdout } = await runScript('urls-update.ts', contentDir);
    expect(status).toBe(0);
    expect(stdout).toContain('uppdaterad: /mal/vuxna/1-2/ → mal/vuxna-1-2-paverka-sin-vard (förut mal/vuxna-1-2)');
    expect(await readFile(join(contentDir, 'urls.txt'), 'utf8')).toContain('/mal/vuxna/1-2/ mal/vuxna-1-2-paverka-sin-vard\n');
    expect((await runScript('check.ts', contentDir)).stdout).toMatch(/inga fel\./);
  });

  it('refuses while a published address would break, and leaves the manifest alone', async () => {
    const { contentDir } = await scenario('removed-url');
    const before = await readFile(join(contentDir, 'urls.txt'), 'utf8');
    const { status, stdout } = await runScript('urls-update.ts', contentDir);
    expect(status).toBe(1);
    expect(stdout).toContain('Förteckningen uppdaterades inte');
    expect(await readFile(join(contentDir, 'urls.txt'), 'utf8')).toBe(before);
  });
});
