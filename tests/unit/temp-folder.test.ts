/** Tests make their temporary folders inside the run's own folder (`tests/temp-folder.ts`), removed when the run ends. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_FOLDER_PREFIX } from '../temp-folder.ts';

describe('the test run’s temporary folder', () => {
  it('holds every folder a test makes', async () => {
    const made = await mkdtemp(join(tmpdir(), 'hph-example-'));
    expect(basename(dirname(made)).startsWith(RUN_FOLDER_PREFIX)).toBe(true);
  });
});
