/**
 * Content scenarios for the editors' check and the build: `tests/fixtures/base/content/` is a
 * small valid plan; each scenario folder adds or replaces files under its own `content/` and
 * removes the files listed in its `remove.txt`.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { PROJECT_ROOT } from './build.ts';

export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');

export interface Scenario {
  /** Folder holding `content/`; messages name files relative to it (`content/mal/...`). */
  root: string;
  contentDir: string;
}

/**
 * Every scenario folder made here; removed when the test file's tests are done, or, where this
 * runs outside a test file (the global setup), when the process ends.
 */
const made: string[] = [];
try {
  afterAll(async () => {
    await Promise.all(made.splice(0).map((root) => rm(root, { recursive: true, force: true })));
  });
} catch {
  process.once('exit', () => {
    for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
  });
}

/** A fresh copy of the base plan with the scenario applied, in a temporary folder. */
export async function scenario(name: string): Promise<Scenario> {
  const root = await mkdtemp(join(tmpdir(), `hph-${name.replaceAll("/", "-")}-`));
  made.push(root);
  const contentDir = join(root, 'content');
  await cp(join(FIXTURES, 'base/content'), contentDir, { recursive: true });
  if (name !== 'base') {
    const overlay = join(FIXTURES, name, 'content');
    if (existsSync(overlay)) await cp(overlay, contentDir, { recursive: true });
    const removals = join(FIXTURES, name, 'remove.txt');
    const listed = existsSync(removals) ? (await readFile(removals, 'utf8')).split('\n').map((l) => l.trim()) : [];
    for (const path of listed.filter((l) => l && !l.startsWith('#'))) await rm(join(contentDir, path), { recursive: true });
  }
  return { root, contentDir };
}
