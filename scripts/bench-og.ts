/**
 * Benchmark: what a social card costs, cold (empty cache) and warm (all cached), at several
 * concurrencies, over a generated plan (never published). Budget: ≤ 45 ms per image cold at the
 * concurrency the build uses. Wall time depends on what else the machine runs, so the CPU time
 * (all threads) and the load average are printed too. Run: `npx node scripts/bench-og.ts [goals]`.
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
async function time(cards: OgCard[], cacheDir: string, concurrency: number) {
  const imageOf = createCardImages({ root: ROOT, cacheDir, concurrency, site });
  const start = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(cards.map(imageOf));
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

    // 2. One card first, so that loading fonts and Satori's layout engine is measured on its own.
    const warmUp = performance.now();
    await createCardImages({ root: ROOT, cacheDir: join(work, 'warm-up'), concurrency: 1, site })(cards[0]!);
    const load = loadavg().map((n) => n.toFixed(1)).join(', ');
    console.log(`${cards.length} cards on ${availableParallelism()} cores (load average ${load}); fonts and engine load once: ${Math.round(performance.now() - warmUp)} ms`);

    // 3. Cold (a fresh cache) and warm (the same cache again) at each concurrency.
    const build = availableParallelism() + 1;
    const rows: string[] = [];
    for (const concurrency of [...new Set([1, availableParallelism(), build, availableParallelism() * 2])]) {
      const cacheDir = join(work, `cache-${concurrency}`);
      const cold = await time(cards, cacheDir, concurrency);
      const warm = await time(cards, cacheDir, concurrency);
      const mark = concurrency === build ? ' (build)' : '';
      rows.push(`| ${concurrency}${mark} | ${cold.wall.toFixed(1)} | ${cold.cpu.toFixed(1)} | ${warm.wall.toFixed(2)} |`);
      if (concurrency === build && cold.wall > BUDGET_MS) {
        console.error(`Cold rendering costs ${cold.wall.toFixed(1)} ms per image, over the budget of ${BUDGET_MS} ms.`);
        process.exitCode = 1;
      }
    }
    console.log(['| concurrency | cold ms/image | cold CPU ms/image | warm ms/image |', '| --- | --- | --- | --- |', ...rows].join('\n'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await run();
