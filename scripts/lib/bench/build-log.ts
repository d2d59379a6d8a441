/**
 * Reads the stages of a build from Astro's own log. Astro times some stages itself ("✓ Completed
 * in 2.38s."); the others are timed by when their lines arrived. Search indexing and social images
 * are found by what their integrations log, whatever they are called, so the bench measures what
 * the build has and reports a stage that is missing as missing.
 */
import type { LogLine } from './run-build.ts';

export interface StageTime {
  ms: number;
  /** `logged`: the build printed the time; `timestamps`: measured between two log lines. */
  source: 'logged' | 'timestamps';
}

export interface BuildLog {
  /** From "N page(s) built in …". */
  pages?: number;
  contentSync?: StageTime;
  /** Vite bundling, summed over its passes. */
  bundling?: StageTime;
  /** Rendering every route, without routes that are images. */
  rendering?: StageTime;
  /** Hooks after the pages are written (`astro:build:done`): search index, checks, sitemaps. */
  afterBuild?: StageTime;
  /** The part of rendering our page pass took on the main thread, when the build logs it. */
  pagePass?: StageTime & { pages: number };
  search?: StageTime & { pages?: number; line: string };
  socialImages?: { time?: StageTime; rendered?: number; fromCache?: number; imageRoutes: number; line?: string };
}

/** "720ms", "2.38s", "1.2 s", "1m 5s", "2,5 sekunder" in milliseconds. */
export function parseDuration(text: string): number | undefined {
  const minutes = /(\d+)m\s*(\d+)s\b/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  const match = /(\d+(?:[.,]\d+)?)\s*(ms|s|sek|sekunder|seconds?)\b/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  return match[2]!.toLowerCase() === 'ms' ? value : value * 1000;
}

const TIME_OF_DAY = /^\d\d:\d\d:\d\d\s+/;
const ROUTE = /├─\s+(\S+)\s+\(\+([^)]+)\)/;
const IMAGE_FILE = /\.(png|jpe?g|webp|avif)$/i;

/** Log lines without the time of day, and the `[tag]` each is printed under, if any. */
function tagged(lines: LogLine[]) {
  return lines.map((line) => {
    const text = line.text.replace(TIME_OF_DAY, '').trim();
    const tag = /^\[([^\]]+)\]/.exec(text)?.[1]?.toLowerCase();
    return { at: line.at, text, tag };
  });
}
type Tagged = ReturnType<typeof tagged>[number];

const isSearchLine = (l: Tagged) => /pagefind|search|sok|sök/.test(l.tag ?? '') || (l.tag !== 'build' && /pagefind|\bsökindex/i.test(l.text));
const isSocialLine = (l: Tagged) =>
  /(^|[^a-z])og([^a-z]|$)|social|sharing|open-?graph/.test(l.tag ?? '') ||
  (l.tag !== 'build' && /\b(og[- ]?(image|bild)|social images?|sociala bilder|delningsbild)|\brendered\b.*\bcache/i.test(l.text));

const count = (text: string, words: string) => {
  const match = new RegExp(`(\\d+)\\s+(?:[a-zåäö]+\\s+)?(?:${words})`, 'i').exec(text);
  return match ? Number(match[1]) : undefined;
};

/** A time a line states, or else the time since the line before the group of lines started. */
function stageOf(all: Tagged[], group: Tagged[]): StageTime | undefined {
  const last = group.at(-1);
  if (!last) return undefined;
  const logged = group.map((l) => parseDuration(l.text)).findLast((ms) => ms !== undefined);
  if (logged !== undefined) return { ms: logged, source: 'logged' };
  const before = all[all.indexOf(group[0]!) - 1];
  return before ? { ms: last.at - before.at, source: 'timestamps' } : undefined;
}

export function parseBuildLog(lines: LogLine[]): BuildLog {
  const all = tagged(lines);
  const result: BuildLog = {};
  const find = (pattern: RegExp, from = 0) => all.findIndex((l, i) => i >= from && pattern.test(l.text));

  const pages = all.map((l) => /(\d+) page\(s\) built in/.exec(l.text)).find(Boolean);
  if (pages) result.pages = Number(pages[1]);

  const syncStart = find(/Syncing content/);
  const syncEnd = find(/Synced content/, syncStart);
  if (syncStart >= 0 && syncEnd >= 0) result.contentSync = { ms: all[syncEnd]!.at - all[syncStart]!.at, source: 'timestamps' };

  const vite = all.filter((l) => l.tag === 'vite').map((l) => /built in (.+)$/.exec(l.text)?.[1]);
  const viteMs = vite.map((t) => (t ? parseDuration(t) : undefined)).filter((ms) => ms !== undefined);
  if (viteMs.length > 0) result.bundling = { ms: Math.round(viteMs.reduce((a, b) => a + b, 0)), source: 'logged' };

  const routesStart = find(/generating static routes/);
  const routesEnd = find(/^✓ Completed in/, routesStart);
  const routes = all.slice(Math.max(routesStart, 0), routesEnd < 0 ? undefined : routesEnd).map((l) => ROUTE.exec(l.text)).filter((m) => m !== null);
  const imageRoutes = routes.filter((m) => IMAGE_FILE.test(m[1]!));
  const imageRouteMs = Math.round(imageRoutes.reduce((sum, m) => sum + (parseDuration(m[2]!) ?? 0), 0));
  const routesMs = routesEnd >= 0 ? parseDuration(all[routesEnd]!.text) : undefined;
  if (routesMs !== undefined) result.rendering = { ms: Math.round(routesMs - imageRouteMs), source: 'logged' };

  const staticDone = find(/^\[build\] ✓ Completed in/, Math.max(routesEnd, 0));
  const builtLine = find(/page\(s\) built in/);
  if (routesEnd >= 0 && staticDone >= 0 && builtLine >= 0) {
    result.afterBuild = { ms: all[builtLine]!.at - all[staticDone]!.at, source: 'timestamps' };
  }

  const pass = all.map((l) => /Sidkontrollen medan Astro renderade: (\d+) sidor, (\d+) ms/.exec(l.text)).find(Boolean);
  if (pass) result.pagePass = { ms: Number(pass[2]), pages: Number(pass[1]), source: 'logged' };

  const searchLines = all.filter(isSearchLine);
  const search = stageOf(all, searchLines);
  if (search) result.search = { ...search, ...optional('pages', count(searchLines.map((l) => l.text).join(' '), 'pages?|sidor')), line: searchLines.at(-1)!.text };

  const socialLines = all.filter(isSocialLine);
  const counted = socialLines.findLast((l) => /\d/.test(l.text));
  if (socialLines.length > 0 || imageRoutes.length > 0) {
    // Images rendered by an endpoint are timed per route; an integration may print its own time.
    const logged = socialLines.map((l) => parseDuration(l.text)).findLast((ms) => ms !== undefined);
    const time: StageTime | undefined =
      logged !== undefined ? { ms: logged, source: 'logged' }
      : imageRoutes.length > 0 ? { ms: imageRouteMs, source: 'logged' }
      : stageOf(all, socialLines);
    result.socialImages = {
      imageRoutes: imageRoutes.length,
      ...optional('time', time),
      ...optional('rendered', counted && count(counted.text, 'rendered|renderade|generated|skapade|new|nya|ritade')),
      ...optional('fromCache', counted && count(counted.text, 'from cache|cached|ur cache|från cache|från cachen|reused|återanvända')),
      ...optional('line', counted?.text),
    };
  }
  return result;
}

/** `{ key: value }` or nothing, for optional fields under `exactOptionalPropertyTypes`. */
function optional<K extends string, V>(key: K, value: V | undefined | '' | null | false): { [P in K]?: V } {
  return value === undefined || value === null || value === '' || value === false ? {} : ({ [key]: value } as { [P in K]: V });
}
