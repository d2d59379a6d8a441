/**
 * One temporary folder for the whole test run. Every test, build and browser that asks the system
 * for a temporary folder (`os.tmpdir()`, `TMPDIR`) gets one inside it, and the folder is removed
 * when the run ends, so no test leaves fixture plans or built sites behind in the system's folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The start of the run's folder name; `tests/unit/temp-folder.test.ts` checks that tests use it. */
export const RUN_FOLDER_PREFIX = 'hph-tests-';

export default async function setup() {
  // Each project runs this setup: the first makes the folder, the others find it in TMPDIR.
  if (process.env['TMPDIR']?.includes(RUN_FOLDER_PREFIX)) return;
  const folder = await mkdtemp(join(tmpdir(), RUN_FOLDER_PREFIX));
  const before = process.env['TMPDIR'];
  // Vitest starts its test workers after the global setups, so they inherit the setting.
  process.env['TMPDIR'] = folder;
  return async () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    await rm(folder, { recursive: true, force: true });
  };
}
