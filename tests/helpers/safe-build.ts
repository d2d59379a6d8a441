/**
 * Runs scripts/build.ts (`npm run build`, as a preview: fixtures have no site address) over a
 * content folder, into given output and cache folders.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './build.ts';

const run = promisify(execFile);

export interface SafeBuildResult {
  status: number;
  output: string;
}

export async function safeBuild(contentDir: string, outDir: string, cacheDir: string): Promise<SafeBuildResult> {
  const env = { ...process.env, HPH_CONTENT_DIR: contentDir, HPH_OUT_DIR: outDir, HPH_CACHE_DIR: cacheDir, SKIP_OG: '1' };
  try {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts'), '--preview'], {
      cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024,
    });
    return { status: 0, output: stdout + stderr };
  } catch (failure) {
    const { code, stdout, stderr } = failure as { code: number; stdout: string; stderr: string };
    return { status: code, output: stdout + stderr };
  }
}
