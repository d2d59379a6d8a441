/**
 * The bench's results as Markdown tables: printed at the end of a run and written into README.md
 * between `<!-- bench:start -->` and `<!-- bench:end -->`, so a slower change shows in review.
 */
import type { BudgetRow } from './budgets.ts';
import type { FirstView } from './page-weight.ts';
import { socialFigures, type BenchResults, type SizeSummary } from './results.ts';
import { formatBytes, formatCount, formatMs, formatRatio } from './stats.ts';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const n = (goals: number) => goals.toLocaleString('en-US');

function header(results: BenchResults): string {
  const { machine, options } = results;
  return (
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on **${machine.cores} cores** (${machine.cpu}), ` +
    `${machine.memoryGb} GB, Node ${machine.node}, Astro ${machine.astro}; load average at start ` +
    `${machine.loadAverage.map((l) => l.toFixed(2)).join(' / ')}. Medians of ${results.sizes.map((s) => `${s.ours.runs.length} run(s) at N = ${n(s.goals)}`).join(', ')}; ` +
    `the bench took ${formatMs(results.durationMs)}${options.quick ? ' (`--quick`: small sizes, not the budget sizes)' : ''}.`
  );
}

function buildTable(summaries: SizeSummary[]): string {
  return table(
    ['N goals', 'pages', 'ours', 'floor' , 'ours / floor', 'per page', 'pages/s', 'peak memory (ours / floor)', 'output', 'Pagefind index'],
    summaries.map((s) => [
      n(s.goals), formatCount(s.pages), formatMs(s.oursWall),
      `${formatMs(s.floorWall)}${s.search ? ` + ${formatMs(s.floorPagefind)} Pagefind` : ''}`,
      formatRatio(s.wallRatio), formatRatio(s.perPageRatio), s.pagesPerSecond?.toFixed(0) ?? '–',
      `${formatBytes(s.oursPeak)} / ${formatBytes(s.floorPeak)} (${formatRatio(s.memoryRatio)})`,
      formatBytes(s.outputBytes), s.search ? formatBytes(s.pagefindBytes) : 'not present',
    ]),
  );
}

function stageTable(results: BenchResults, summaries: SizeSummary[]): string {
  return table(
    ['N goals', 'content sync', 'bundling', 'page rendering', 'search indexing', 'after-build hooks', 'social images (cold)', 'rebuild, 1 goal changed'],
    summaries.map((s, i) => {
      const size = results.sizes[i]!;
      const social = typeof size.social === 'string' ? size.social
        : typeof size.rebuild === 'string' ? `${size.social.images} images`
        : `${size.social.images} images, ${formatMs(socialFigures(size.social, size.rebuild, s.oursWall).perImage)}/image`;
      const rebuild = typeof size.rebuild === 'string' ? size.rebuild
        : `${formatMs(size.rebuild.run.wallMs)}${size.rebuild.rerendered !== undefined ? `, ${size.rebuild.rerendered} image(s) again` : ''}`;
      return [
        n(s.goals), formatMs(s.stages.contentSync), formatMs(s.stages.bundling),
        `${formatMs(s.stages.rendering)}${s.stages.pagePass !== undefined ? ` (page pass ${formatMs(s.stages.pagePass)})` : ''}`,
        s.search ? `${formatMs(s.stages.search)} (standalone ${formatMs(s.oursStandalonePagefind)})` : 'not present',
        formatMs(s.stages.afterBuild), social, rebuild,
      ];
    }),
  );
}

function budgetTable(rows: BudgetRow[]): string {
  return table(['budget', 'limit', 'measured', 'result'], rows.map((r) => [r.budget, r.limit, r.measured, r.status === 'FAIL' ? '**FAIL**' : r.status]));
}

const gz = (kind: { raw: number; gzip: number; count: number }) => (kind.count === 0 ? '–' : `${formatBytes(kind.gzip)} (${kind.count})`);

export function weightTable(views: FirstView[]): string {
  return table(
    ['page type', 'pages', 'requests', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'total raw', 'total gzip'],
    views.map((v) => [
      `\`${v.type}\``, formatCount(v.pages), String(v.requests), gz(v.byKind.html), gz(v.byKind.css),
      v.inlineScripts > 0 ? `${gz(v.byKind.js)} + ${v.inlineScripts} inline` : gz(v.byKind.js),
      gz(v.byKind.font), gz(v.byKind.image), formatBytes(v.total.raw), formatBytes(v.total.gzip),
    ]),
  );
}

export function renderReport(results: BenchResults, summaries: SizeSummary[], budgets: BudgetRow[]): string {
  const budgetN = results.options.budgetSize;
  const views = results.sizes.find((s) => s.goals === budgetN)?.pageWeight ?? [];
  const failed = budgets.filter((b) => b.status === 'FAIL');
  return [
    header(results),
    '#### Build: ours (`SKIP_OG=1`) against the floor (plain Astro over the same content)',
    buildTable(summaries),
    '#### Stages of our build (medians; from Astro’s log)',
    stageTable(results, summaries),
    `#### Budgets at N = ${n(budgetN)}`,
    budgetTable(budgets),
    failed.length === 0 ? 'Every budget that could be measured is met.'
      : `Over budget:\n\n${failed.map((b) => `- **${b.budget}**: ${b.measured}. What would fix it: ${b.fix}`).join('\n')}`,
    `#### Page weight at N = ${n(budgetN)}: first view of the largest page of each type (gzip size, file count)`,
    weightTable(views),
  ].join('\n\n');
}

/** Replaces the text between the bench markers in a README. */
export function replaceBetweenMarkers(readme: string, report: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section for the bench results.`);
  return `${readme.slice(0, start + START.length)}\n${report}\n${readme.slice(end)}`;
}
