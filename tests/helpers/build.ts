/** Runs the real `astro build` over any content folder into its own output and cache folders. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';

const run = promisify(execFile);
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(PROJECT_ROOT, 'node_modules/.bin/astro');

export interface BuildResult {
  outDir: string;
  stdout: string;
  stderr: string;
}

export interface BuildOptions {
  /** Folder shaped like `content/`; the real content when left out. */
  contentDir?: string;
  /** Where to write the site; a new temporary folder when left out. */
  outDir?: string;
  /** Extra environment, e.g. `{ SKIP_OG: '1' }`. */
  env?: Record<string, string>;
}

/**
 * Astro writes intermediate chunks to `<root>/.astro/.prerender`, whatever the output folder, so
 * two builds of one project at once would overwrite each other's. Test files run in parallel
 * workers; this lock (an atomic mkdir) lets one build run at a time.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(PROJECT_ROOT, '.cache', 'build.lock');
  await mkdir(join(PROJECT_ROOT, '.cache'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (Date.now() - started > 600_000) throw new Error(`Waited 10 minutes for ${lock}; remove it if no build runs.`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'hph-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const env = {
    ...process.env,
    HPH_OUT_DIR: outDir,
    HPH_CACHE_DIR: join(work, 'cache'),
    ...(options.contentDir ? { HPH_CONTENT_DIR: options.contentDir } : {}),
    ...options.env,
  };
  // Loggers colour their output in some environments (e.g. CI=true); tests read the words.
  const plain = <T extends { stdout?: string; stderr?: string }>(output: T): T => ({
    ...output,
    stdout: stripVTControlCharacters(output.stdout ?? ''),
    stderr: stripVTControlCharacters(output.stderr ?? ''),
  });
  const { stdout, stderr } = await withBuildLock(() =>
    run(ASTRO, ['build'], { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 }).then(plain, (error: Error & { stdout?: string; stderr?: string }) => {
      throw Object.assign(error, plain(error));
    }),
  );
  return { outDir, stdout, stderr };
}
