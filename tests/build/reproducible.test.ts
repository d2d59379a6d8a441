/**
 * Two clean builds of the same commit produce a byte-identical `dist/`, the second with its clock
 * moved 400 days ahead: no date or time in the output comes from the build's clock. Exceptions
 * must be listed with a reason in `scripts/reproducible-allowlist.json`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { buildTwice, CLOCK_OFFSET_MS } from '../../scripts/lib/double-build.ts';
import { compareBuilds, readAllowlist } from '../../scripts/lib/reproducible.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { buildFixturePlan } from '../helpers/sites.ts';

describe('reproducible output', () => {
  it('builds the same bytes twice, even when the clock has moved', async () => {
    const [first, second] = await buildTwice();
    const { filesCompared, unexpected } = await compareBuilds(first, second, await readAllowlist());
    expect(filesCompared).toBeGreaterThan(10);
    expect(unexpected.map((d) => `${d.path}: ${d.detail}`)).toEqual([]);
  }, 600_000);

  it('builds the fixture plan with every kind of page to the same bytes, with the clock moved', async () => {
    const clock = `--import=${pathToFileURL(resolve(PROJECT_ROOT, 'scripts/lib/shifted-clock.mjs')).href}`;
    const options = [process.env['NODE_OPTIONS'], clock].filter(Boolean).join(' ');
    const second = await buildFixturePlan({ NODE_OPTIONS: options, HPH_CLOCK_OFFSET_MS: String(CLOCK_OFFSET_MS) });
    const { filesCompared, unexpected } = await compareBuilds(inject('fixtureDistDir'), second, await readAllowlist());
    expect(filesCompared).toBeGreaterThan(10);
    expect(unexpected.map((d) => `${d.path}: ${d.detail}`)).toEqual([]);
  }, 600_000);

  it('gives every allowed difference a reason', async () => {
    for (const entry of await readAllowlist()) expect(entry.reason.length, entry.path).toBeGreaterThan(10);
  });

  it('moves the clock of the second build', () => {
    const clock = pathToFileURL(resolve(PROJECT_ROOT, 'scripts/lib/shifted-clock.mjs')).href;
    const now = (env: Record<string, string>) =>
      Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(new Date().getTime()))'], { env: { ...process.env, ...env } }));
    const before = now({});
    const moved = now({ NODE_OPTIONS: `--import=${clock}`, HPH_CLOCK_OFFSET_MS: String(CLOCK_OFFSET_MS) });
    expect(moved - before).toBeGreaterThan(CLOCK_OFFSET_MS - 60_000);
  });

  it('reports a changed file, a missing file and accepts a listed exception', async () => {
    const [a, b] = [await mkdtemp(join(tmpdir(), 'hph-a-')), await mkdtemp(join(tmpdir(), 'hph-b-'))];
    for (const dir of [a, b]) await mkdir(join(dir, 'x'));
    await writeFile(join(a, 'x/same.html'), 'same');
    await writeFile(join(b, 'x/same.html'), 'same');
    await writeFile(join(a, 'x/time.html'), 'built 2026-01-01');
    await writeFile(join(b, 'x/time.html'), 'built 2027-02-05');
    await writeFile(join(a, 'only.txt'), 'a');
    await writeFile(join(a, 'x/tool.bin'), '1');
    await writeFile(join(b, 'x/tool.bin'), '2');
    const result = await compareBuilds(a, b, [{ path: 'x/*.bin', reason: 'A tool writes a random id.' }]);
    expect(result.unexpected.map((d) => d.path).sort()).toEqual(['only.txt', 'x/time.html']);
    expect(result.unexpected.find((d) => d.path === 'x/time.html')?.detail).toMatch(/differs at byte 9/);
    expect(result.allowed.map((d) => d.path)).toEqual(['x/tool.bin']);
  });
});
