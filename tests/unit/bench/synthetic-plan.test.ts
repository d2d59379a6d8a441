/**
 * The bench's generated plans must pass the real schemas and graph at every size it builds, and
 * a given goal must read the same at every size, so its page can be compared across sizes.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../scripts/lib/bench/check-plan.ts';
import { writeSyntheticPlan } from '../../../scripts/lib/synthetic-plan.ts';

const dirs: string[] = [];
async function plan(goals: number) {
  const dir = await mkdtemp(join(tmpdir(), 'hph-plan-'));
  dirs.push(dir);
  return { dir, plan: await writeSyntheticPlan(dir, { goals }) };
}
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true }))));

describe('a generated plan of 1,000 goals', () => {
  it('passes the real schemas and graph checks, with N/2 indicators, N/10 assignments and contact roles', async () => {
    const { dir, plan: p } = await plan(1000);
    const files = await checkPlan(dir);
    expect(p.goalIds).toHaveLength(1000);
    expect(p.indicatorIds).toHaveLength(500);
    expect(p.assignmentIds).toHaveLength(100);
    expect((await readdir(join(dir, 'kontakter'))).length).toBeGreaterThan(0);
    expect(files).toBeGreaterThan(1600);
    // Goal numbers above 20 in each area, as a plan ten times larger would have.
    expect(p.goalIds).toContain('barn-och-unga-5-100');
  });

  it('writes the same first goal as a plan of 100 goals', async () => {
    const small = await plan(100);
    const large = await plan(1000);
    const read = (dir: string) => readFile(join(dir, 'mal', 'vuxna-1-1.md'), 'utf8');
    expect(await read(large.dir)).toBe(await read(small.dir));
  });
});
