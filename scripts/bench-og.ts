/**
 * Benchmark: what a social card costs, cold (empty cache) and warm (all cached), with one worker
 * thread and with as many as the build uses, over a generated plan (never published). Budget:
 * ≤ 45 ms per image cold with the build's workers. Wall time depends on what else the machine runs, so the CPU time
 * (all threads, the workers' included) and the load average are printed too. Run: `npx node scripts/bench-og.ts [goals]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SITE_NAME, SITE_URL } from '../src/consts.ts';
import { buildGraph } from '../src/plan/graph.ts';
import { validatePlan } from '../src/plan/rules/index.ts';
import { ogCardsOf, type OgCard } from '../src/social/cards.ts';
import { readContentFiles, validateContentFiles } from '../src/check/read-content.ts';
import { createCardImages } from '../src/social/images.ts';
import { writeSyntheticPlan } from './lib/synthetic-plan.ts';

const BUDGET_MS = 45;
const ROOT = resolve(import.meta.dirname, '..');
const site = { name: SITE_NAME, host: new URL(SITE_URL).host };

/** Wall and CPU milliseconds per card for rendering all cards through one cache folder. */
async function time(cards: OgCard[], cacheDir: string, workers: number) {
  const imageOf = createCardImages({ root: ROOT, cacheDir, workers, site });
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    await Promise.all(cards.map(imageOf));
  } finally {
    await imageOf.close();
  }
  const { user, system } = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / cards.length, cpu: (user + system) / 1000 / cards.length };
}

async function run() {
  const goals = Number(process.argv[2] ?? 200);
  const work = await mkdtemp(join(tmpdir(), 'hph-bench-og-'));
  try {
    // 1. A generated plan, read and checked the way the editors' check reads content.
    await writeSyntheticPlan(join(work, 'content'), { goals });
    const { files } = await readContentFiles(join(work, 'content'), work);
    const { content } = validateContentFiles(files);
    const graph = buildGraph(content);
    const issues = validatePlan(content, graph);
    if (issues.length > 0) throw new Error(`The generated plan has ${issues.length} graph issues.`);
    const cards = ogCardsOf(graph, SITE_NAME);

    // 2. One card first, so that starting a worker and loading fonts and Satori is measured on its own.
    const warmUp = performance.now();
    await time(cards.slice(0, 1), join(work, 'warm-up'), 1);
    const load = loadavg().map((n) => n.toFixed(1)).join(', ');
    console.log(`${cards.length} cards on ${availableParallelism()} cores (load average ${load}); a worker with fonts and engine starts in ${Math.round(performance.now() - warmUp)} ms`);

    // 3. Cold (a fresh cache) and warm (the same cache again) for each number of workers.
    const build = availableParallelism();
    const rows: string[] = [];
    for (const workers of [...new Set([1, build])]) {
      const cacheDir = join(work, `cache-${workers}`);
      const cold = await time(cards, cacheDir, workers);
      const warm = await time(cards, cacheDir, workers);
      const mark = workers === build ? ' (build)' : '';
      rows.push(`| ${workers}${mark} | ${cold.wall.toFixed(1)} | ${cold.cpu.toFixed(1)} | ${warm.wall.toFixed(2)} |`);
      if (workers === build && cold.wall > BUDGET_MS) {
        console.error(`Cold rendering costs ${cold.wall.toFixed(1)} ms per image, over the budget of ${BUDGET_MS} ms.`);
        process.exitCode = 1;
      }
    }
    console.log(['| workers | cold ms/image | cold CPU ms/image | warm ms/image |', '| --- | --- | --- | --- |', ...rows].join('\n'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await run();
