/**
 * The rooms of `src/` stay apart: no module imports itself through others, no folder reaches
 * back into a folder that imports it, and no folder uses another folder's private (`_`) module.
 * Over `src/` and `scripts/`, from the TypeScript import graph (no build). And the README's
 * ARCHITECTURE table names every folder of `src/`, so a newcomer finds each room in one hop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { cyclesOf, importGraph } from '../helpers/import-graph.ts';

const graph = importGraph(PROJECT_ROOT, ['src', 'scripts']);

/**
 * A module's folder; a file directly in `src/` or `scripts/` (`consts.ts`, `content.config.ts`,
 * a command) is a room of its own, since those are entry points or leaves, not a folder's parts.
 */
const roomOf = (file: string) => (['src', 'scripts'].includes(dirname(file)) ? file : dirname(file));

const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

describe('the import graph', () => {
  it('is read: the pages import the plan', () => {
    // Guards the test itself: an empty graph would pass everything below.
    expect(graph.size).toBeGreaterThan(100);
    expect(edges.some(({ from, to }) => from.startsWith('src/pages/') && to.startsWith('src/lib/'))).toBe(true);
  });

  it('has no import cycles', () => {
    expect(cyclesOf(new Map([...graph].map(([file, targets]) => [file, targets.filter((t) => graph.has(t))])))).toEqual([]);
  });

  it('has no folder loops', () => {
    const folders = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      if (roomOf(from) === roomOf(to)) continue;
      const targets = folders.get(roomOf(from)) ?? new Set();
      folders.set(roomOf(from), targets.add(roomOf(to)));
    }
    expect(cyclesOf(folders)).toEqual([]);
  });

  it('has no import of another folder\'s private `_` module', () => {
    const private_ = edges.filter(({ from, to }) => basename(to).startsWith('_') && dirname(to) !== dirname(from));
    expect(private_).toEqual([]);
  });

  it('keeps the content config, the schemas and the plan free of the editors\' check', () => {
    // The check reads the schemas and the plan; the build's content layer must not need the check.
    const upstream = (file: string) => file === 'src/content.config.ts' || /^src\/(schemas|plan)\//.test(file);
    expect(edges.filter(({ from }) => from === 'src/content.config.ts')).not.toEqual([]);
    expect(edges.filter(({ from, to }) => upstream(from) && to.startsWith('src/check/'))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
});

describe('the README\'s ARCHITECTURE table', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## ARCHITECTURE'), readme.indexOf('\n## ', readme.indexOf('## ARCHITECTURE') + 1));
  /** The first cell of each row: `src/plan/` → src/plan. */
  const rows = [...section.matchAll(/^\| `(src\/[^`]+)` \|/gm)].map((match) => match[1]!.replace(/\/$/, ''));

  it('names every folder of src/, and only folders and files that exist', () => {
    const folders = readdirSync(join(PROJECT_ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/${e.name}`);
    expect(rows.length).toBeGreaterThan(10);
    expect(folders.filter((folder) => !rows.some((row) => row === folder || row.startsWith(`${folder}/`)))).toEqual([]);
    expect(rows.filter((row) => !readdirSync(join(PROJECT_ROOT, dirname(row))).includes(basename(row)))).toEqual([]);
  });
});
