/**
 * `npm run bench`: what the site costs to build and to load, and how that grows with the plan.
 *
 * Builds synthetic plans of N goals (never `content/`) with the real site code and with a floor
 * (plain Astro over the same content), measures build time, memory, stages, output, search index,
 * social images and a one-goal rebuild, and page weight; checks the budgets of issue 6 against
 * the floor measured in the same run; writes `scripts/bench-results.json` and the README table.
 *
 *   npm run bench                       full run: N = 100, 1,000 and 5,000 (about 10 minutes)
 *   npm run bench -- --quick            small sizes, one run each; touches neither README nor results
 *   npm run bench -- --sizes 100,1000 --runs 1,1 --budget-size 1000
 *   npm run bench -- --time-limit 14    minutes after which no further repeated run starts
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../src/schemas/collections.ts';
import { evaluateBudgets } from './lib/bench/budgets.ts';
import { measureSize, PROJECT_ROOT } from './lib/bench/measure-size.ts';
import { renderReport, replaceBetweenMarkers } from './lib/bench/report.ts';
import { summarise, type BenchResults, type ContentFormat } from './lib/bench/results.ts';

const RESULTS = join(PROJECT_ROOT, 'scripts/bench-results.json');
const README = join(PROJECT_ROOT, 'README.md');

const say = (line: string) => console.log(line);
const list = (text: string | undefined) => text?.split(',').map(Number);

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'budget-size': { type: 'string' },
      'time-limit': { type: 'string' },
    },
  });
  const quick = values.quick;
  const sizes = list(values.sizes) ?? (quick ? [40, 200, 1000] : [100, 1000, 5000]);
  const runs = list(values.runs) ?? sizes.map((s) => (quick ? 1 : s >= 5000 ? 2 : 3));
  const budgetSize = Number(values['budget-size'] ?? (quick ? 200 : 1000));
  if (runs.length !== sizes.length || !sizes.includes(budgetSize)) {
    throw new Error('Give as many --runs as --sizes, and a --budget-size that is one of the sizes.');
  }
  const timeLimitMs = Number(values['time-limit'] ?? 14) * 60_000;
  return { quick, sizes, runs, budgetSize, timeLimitMs, writeReadme: !quick && values.sizes === undefined };
}

/** Goals and indicators must stay plain markdown: read the real collections and content. */
async function contentFormat(): Promise<ContentFormat> {
  const mdx = async (folder: string) =>
    (await readdir(join(PROJECT_ROOT, 'content', folder)).catch(() => [])).filter((f) => f.endsWith('.mdx')).map((f) => `content/${folder}/${f}`);
  return {
    patterns: [COLLECTIONS.goals.pattern, COLLECTIONS.indicators.pattern],
    mdxFiles: [...(await mdx(COLLECTIONS.goals.folder)), ...(await mdx(COLLECTIONS.indicators.folder))],
  };
}

async function machine() {
  const astro = JSON.parse(await readFile(join(PROJECT_ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    astro: astro.version,
    loadAverage: loadavg(),
  };
}

async function run() {
  const started = performance.now();
  const opts = options();
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: await machine(),
    options: { quick: opts.quick, sizes: opts.sizes, runs: opts.runs, budgetSize: opts.budgetSize },
    durationMs: 0,
    contentFormat: await contentFormat(),
    sizes: [],
  };
  say(`Benchmark on ${results.machine.cores} cores, load average ${results.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`);

  // 1. Each size: generated plan, floor and our build in turns, then images and a rebuild.
  //    Images are measured up to the budget size only: at 5,000 goals they alone would take minutes.
  //    Repeated runs stop early if the next one would end past the time limit.
  const deadline = started + opts.timeLimitMs;
  for (const [i, goals] of opts.sizes.entries()) {
    const atBudget = goals === opts.budgetSize;
    results.sizes.push(
      await measureSize({ goals, runs: opts.runs[i]!, social: goals <= opts.budgetSize, compareSearch: atBudget, pageWeight: true, deadline, say }),
    );
  }
  results.durationMs = performance.now() - started;

  // 2. Medians, budgets and the report.
  const summaries = results.sizes.map(summarise);
  const budgets = evaluateBudgets({ results, summaries });
  const report = renderReport(results, summaries, budgets);
  say(`\n${report}\n`);

  // 3. Keep the figures: the committed results and README only from a full run.
  const out = opts.writeReadme ? RESULTS : join(tmpdir(), 'hph-bench-results.json');
  await writeFile(out, `${JSON.stringify({ ...results, budgets }, null, 2)}\n`);
  say(`Results written to ${out}`);
  if (opts.writeReadme) {
    await writeFile(README, replaceBetweenMarkers(await readFile(README, 'utf8'), report));
    say('README.md updated between the bench markers.');
  }
  if (budgets.some((b) => b.status === 'FAIL')) say('Some budgets are exceeded; see "Over budget" above.');
}

await run();
