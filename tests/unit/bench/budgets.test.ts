/**
 * Budgets over hand-made results: a stage the build does not have yet is `not present`, never a
 * failure, and a figure over its limit fails with the figure shown.
 */
import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../../scripts/lib/bench/budgets.ts';
import { renderReport } from '../../../scripts/lib/bench/report.ts';
import type { BuildLog } from '../../../scripts/lib/bench/build-log.ts';
import type { FirstView } from '../../../scripts/lib/bench/page-weight.ts';
import { summarise, type BenchResults, type Run, type SizeResult } from '../../../scripts/lib/bench/results.ts';

const run = (wallMs: number, peakBytes: number, log: BuildLog = {}): Run => ({ wallMs, peakBytes, log });

function size(goals: number, ours: number, floor: number, extra: Partial<SizeResult> = {}): SizeResult {
  const pages = goals * 2;
  return {
    goals,
    entries: pages,
    floor: { runs: [run(floor, 500e6, { pages }), run(floor + 100, 500e6, { pages })], pages, pagefind: [] },
    ours: {
      runs: [run(ours, 600e6, { pages }), run(ours + 100, 600e6, { pages })],
      dist: { output: { bytes: pages * 5000, files: pages }, htmlPages: pages, socialImages: 0, missingSocialImages: 0 },
      goalPageHtmlBytes: 5000 + goals / 10,
      pagefind: [],
    },
    social: 'not measured at this size',
    rebuild: 'not measured at this size',
    ...extra,
  };
}

function results(sizes: SizeResult[]): BenchResults {
  return {
    date: '2026-01-01T00:00:00.000Z',
    machine: { cores: 2, cpu: 'test', memoryGb: 4, node: 'v24', astro: '7.3.5', loadAverage: [0, 0, 0] },
    options: { quick: false, sizes: sizes.map((s) => s.goals), runs: sizes.map(() => 2), budgetSize: 1000 },
    durationMs: 1,
    contentFormat: { patterns: ['*.md', '*.md'], mdxFiles: [] },
    sizes,
  };
}

const evaluate = (sizes: SizeResult[]) => {
  const r = results(sizes);
  return evaluateBudgets({ results: r, summaries: r.sizes.map(summarise) });
};
const row = (rows: ReturnType<typeof evaluate>, start: string) => rows.find((r) => r.budget.startsWith(start))!;

describe('budgets', () => {
  const rebuild = { changedGoal: 'vuxna-1-1', run: run(5000, 1), rerenderedSource: 'unknown' as const };
  const base = [size(100, 3000, 2500), size(1000, 6000, 5000, { social: 'not present', rebuild }), size(5000, 25000, 20000)];

  it('passes a build within 1.5× of the floor per page, and growth within 4.5× for 5× the goals', () => {
    const rows = evaluate(base);
    expect(row(rows, 'Build without social images').status).toBe('PASS');
    expect(row(rows, 'Growth').status).toBe('PASS');
    expect(row(rows, 'Growth').limit).toBe('≤ 4.5');
  });

  it('reports search and social images as not present when the build has none', () => {
    const rows = evaluate(base);
    expect(row(rows, 'Search indexing').status).toBe('not present');
    expect(row(rows, 'Social images, cold').status).toBe('not present');
    expect(row(rows, 'Pagefind’s code').status).toBe('not present');
    expect(rows.every((r) => r.status !== 'FAIL')).toBe(true);
  });

  it('fails a build that costs more than 1.5× the floor per page, showing the ratio', () => {
    const slow = [base[0]!, size(1000, 9000, 5000, { social: 'not present', rebuild }), base[2]!];
    const build = row(evaluate(slow), 'Build without social images');
    expect(build.status).toBe('FAIL');
    expect(build.measured).toMatch(/^1\.\d\d×/);
  });

  it('holds the build and memory to the floor on the floor’s content, and reports what the values add', () => {
    const withValues = size(1000, 12000, 5000, {
      social: 'not present',
      rebuild,
      withoutValues: { runs: [run(6000, 600e6, { pages: 2000, rendering: { ms: 3000, source: 'logged' } })], valueFiles: 75 },
    });
    withValues.ours.runs = withValues.ours.runs.map((r) => ({ ...r, peakBytes: 900e6, log: { ...r.log, rendering: { ms: 4500, source: 'logged' } } }));
    const rows = evaluate([base[0]!, withValues, base[2]!]);
    const build = row(rows, 'Build without social images');
    expect(build.status).toBe('PASS');
    expect(build.budget).toContain('on the floor’s content');
    expect(build.measured).toMatch(/^1\.\d\d×.*with the 75 value files 2\.\d\d×/);
    expect(row(rows, 'Peak memory of the build').status).toBe('PASS');
    expect(row(rows, 'Peak memory of the build').measured).toMatch(/with the value files 1\.80×/);
    const values = row(rows, 'Indicator values');
    expect(values.status).toBe('reported');
    expect(values.measured).toContain('rendering 3.00 s → 4.50 s, 20 ms per indicator with values');
  });

  it('takes the build ratio pair by pair, so a slow moment on one side of the machine does not decide it', () => {
    // Round 2 ran while the machine was slow for the floor only; round 3 while it was slow for both.
    const paired = size(1000, 12000, 5000, {
      social: 'not present',
      rebuild,
      withoutValues: { runs: [run(7000, 600e6, { pages: 2000 }), run(7000, 600e6, { pages: 2000 }), run(14000, 600e6, { pages: 2000 })], valueFiles: 75 },
    });
    paired.floor.runs = [run(5000, 500e6, { pages: 2000 }), run(10000, 500e6, { pages: 2000 }), run(10000, 500e6, { pages: 2000 })];
    const build = row(evaluate([base[0]!, paired, base[2]!]), 'Build without social images');
    // Pairs 1.40, 0.70 and 1.40: the median is 1.40, while medians of each side would give 0.70.
    expect(build.measured).toMatch(/^1\.40× \(median of 3 rounds, 0\.70×–1\.40×; /);
    expect(build.status).toBe('PASS');
  });

  it('compares CPU time per page with the floor’s build and standalone Pagefind together, only when both were measured', () => {
    const timed = size(1000, 12000, 5000, {
      social: 'not present',
      rebuild,
      withoutValues: { runs: [{ ...run(6000, 600e6, { pages: 2000 }), cpuMs: 9000 }], valueFiles: 75 },
    });
    // The floor: 4,000 ms and 4,200 ms of build CPU (median 4,100) plus 900 ms of Pagefind, over 2,000 pages.
    timed.floor.runs = timed.floor.runs.map((r, i) => ({ ...r, cpuMs: 4000 + i * 200 }));
    timed.floor.pagefind = [{ ms: 800, wallMs: 850, cpuMs: 900, peakBytes: 1, pages: 2000 }];
    timed.ours.dist.pagefind = { bytes: 1, files: 1 };
    const cpu = row(evaluate([base[0]!, timed, base[2]!]), 'Build CPU time');
    expect(cpu.status).toBe('reported');
    expect(cpu.measured).toBe('1.80× (9.00 s vs 5.00 s)');

    // Results from before CPU time was measured have no such row.
    const untimed = evaluate([base[0]!, { ...timed, withoutValues: { runs: [run(6000, 600e6, { pages: 2000 })], valueFiles: 75 } }, base[2]!]);
    expect(untimed.find((r) => r.budget.startsWith('Build CPU time'))).toBeUndefined();
  });

  it('lets the goal page have the optional copy button as its one small script, and nothing more', () => {
    const goalPage = (js: { count: number; gzip: number }, inlineScripts = 0): FirstView => {
      const none = { count: 0, raw: 0, gzip: 0 };
      const byKind = { html: { count: 1, raw: 20_000, gzip: 5_000 }, css: { count: 2, raw: 12_000, gzip: 3_000 }, js: { ...js, raw: js.gzip * 2 }, font: none, image: none, other: none };
      return { type: '/mal/*/*/', url: '/mal/vuxna/1-1/', pages: 1000, requests: 4, assets: [], byKind, total: { raw: 32_000, gzip: 8_000 }, inlineScripts, missing: [] };
    };
    const status = (view: FirstView) => row(evaluate([base[0]!, { ...base[1]!, pageWeight: [view] }, base[2]!]), 'Goal page first view').status;
    expect(status(goalPage({ count: 1, gzip: 545 }))).toBe('PASS');
    expect(status(goalPage({ count: 0, gzip: 0 }))).toBe('PASS');
    expect(status(goalPage({ count: 2, gzip: 900 }))).toBe('FAIL');
    expect(status(goalPage({ count: 1, gzip: 2048 }))).toBe('FAIL');
    expect(status(goalPage({ count: 1, gzip: 545 }, 1))).toBe('FAIL');
  });

  it('fails superlinear growth', () => {
    const grows = [base[0]!, base[1]!, size(5000, 40000, 20000)];
    expect(row(evaluate(grows), 'Growth').status).toBe('FAIL');
  });

  it('fails a goal page that grows with the plan', () => {
    const big = size(5000, 25000, 20000);
    big.ours.goalPageHtmlBytes = 9000;
    expect(row(evaluate([base[0]!, base[1]!, big]), 'Goal page HTML growth').status).toBe('FAIL');
  });

  it('compares search indexing with standalone Pagefind on the same pages', () => {
    const withSearch = size(1000, 6000, 5000, { social: 'not present', rebuild });
    withSearch.ours.dist.pagefind = { bytes: 1, files: 1 };
    withSearch.ours.runs = withSearch.ours.runs.map((r) => ({ ...r, log: { ...r.log, search: { ms: 1500, source: 'logged', line: '' } } }));
    withSearch.ours.pagefind = [{ ms: 1000, wallMs: 1100, peakBytes: 1, pages: 2000 }];
    withSearch.floor.pagefind = [{ ms: 900, wallMs: 1000, peakBytes: 1, pages: 2000 }];
    const search = row(evaluate([base[0]!, withSearch, base[2]!]), 'Search indexing');
    expect(search.status).toBe('FAIL');
    expect(search.measured).toContain('1.50×');
  });

  it('measures images per image from their stage, and says when a cold build was not cold', () => {
    const images = { imageRoutes: 0, time: { ms: 60_000, source: 'logged' as const }, rendered: 1500, fromCache: 100 };
    const withImages = size(1000, 6000, 5000, {
      social: { cold: run(66_000, 1, { socialImages: images }), images: 1600, missing: 0 },
      rebuild: {
        changedGoal: 'vuxna-1-1', rerendered: 1, rerenderedSource: 'log',
        run: run(7000, 1, { socialImages: { imageRoutes: 0, time: { ms: 200, source: 'logged' }, rendered: 1, fromCache: 1599 } }),
        withoutImages: run(6500, 1),
      },
    });
    const rows = evaluate([base[0]!, withImages, base[2]!]);
    // The image stage over the images it rendered: 60 s / 1500, not over all 1600 the build has.
    expect(row(rows, 'Social images, cold').measured).toMatch(/^40 ms .*not cold: 100/);
    expect(row(rows, 'Social images, cold').status).toBe('PASS');
    expect(row(rows, 'Rebuild after one goal changed: images').status).toBe('PASS');
    expect(row(rows, 'Rebuild after one goal changed: time').measured).toMatch(/^\+2\.9 %/);
  });
});

describe('the stage table', () => {
  it('shows the page pass’s share of rendering when the build logs it, and leaves it out when not', () => {
    const logged: BuildLog = { pages: 2000, rendering: { ms: 4400, source: 'logged' }, pagePass: { ms: 1900, pages: 2000, source: 'logged' } };
    const withPass = size(1000, 9000, 4000);
    withPass.ours.runs = [run(9000, 600e6, logged), run(9100, 600e6, logged)];
    const rowsOfSize = (sizes: SizeResult[]) => {
      const r = results(sizes);
      const summaries = r.sizes.map(summarise);
      return renderReport(r, summaries, evaluateBudgets({ results: r, summaries }))
        .split('\n')
        .filter((line) => line.startsWith('| 1,000 |'));
    };
    expect(rowsOfSize([withPass])).toContainEqual(expect.stringContaining('| 4.40 s (page pass 1.90 s) |'));
    expect(rowsOfSize([size(1000, 9000, 4000)]).join('\n')).not.toContain('page pass');
  });
});
