/**
 * The stages are read from real `astro build` logs (tests/fixtures/bench/*.txt: milliseconds since
 * start, then the line as printed). `build-with-search-and-images.txt` came from a build with a
 * Pagefind integration and an image integration logging "[og] N rendered, M from cache";
 * `build-image-routes.txt` is the plain log with image endpoints added to the route list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration } from '../../../scripts/lib/bench/build-log.ts';
import type { LogLine } from '../../../scripts/lib/bench/run-build.ts';

function fixture(name: string): LogLine[] {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/bench', name), 'utf8');
  return text.split('\n').filter(Boolean).map((line) => {
    const [at, ...rest] = line.split(' ');
    return { at: Number(at), text: rest.join(' ') };
  });
}

describe('durations as Astro and integrations print them', () => {
  it.each([
    ['720ms', 720],
    ['2.38s', 2380],
    ['1m 5s', 65_000],
    ['Indexed 30 pages in 0.31s', 310],
    ['klart på 2,5 sekunder', 2500],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBeCloseTo(ms);
  });

  it('finds no duration in a line without one', () => {
    expect(parseDuration('[og] 29 rendered, 0 from cache')).toBeUndefined();
  });
});

describe('stages of a plain build', () => {
  const log = parseBuildLog(fixture('build-plain.txt'));

  it('reads the page count, bundling and rendering that Astro logs', () => {
    expect(log.pages).toBe(30);
    expect(log.bundling).toEqual({ ms: 1780 + 186, source: 'logged' });
    expect(log.rendering).toEqual({ ms: 748, source: 'logged' });
  });

  it('times content sync between its two log lines', () => {
    expect(log.contentSync).toEqual({ ms: 5480 - 4876, source: 'timestamps' });
  });

  it('reports search and social images as absent, not as zero', () => {
    expect(log.search).toBeUndefined();
    expect(log.socialImages).toBeUndefined();
  });
});

describe('stages of a build with search and social images', () => {
  const log = parseBuildLog(fixture('build-with-search-and-images.txt'));

  it('takes the search time and page count from the Pagefind integration’s line', () => {
    expect(log.search).toMatchObject({ ms: 310, source: 'logged', pages: 30 });
  });

  it('counts rendered and cached images from the image line and times it from the line before', () => {
    expect(log.socialImages).toMatchObject({ rendered: 29, fromCache: 0, imageRoutes: 0 });
    expect(log.socialImages?.time).toEqual({ ms: 8227 - 7743, source: 'timestamps' });
  });

  it('times the hooks after the pages are written', () => {
    expect(log.afterBuild).toEqual({ ms: 8552 - 7743, source: 'timestamps' });
  });
});

describe('social images rendered by an endpoint', () => {
  const log = parseBuildLog(fixture('build-image-routes.txt'));

  it('sums the image routes and leaves them out of page rendering', () => {
    expect(log.socialImages).toMatchObject({ imageRoutes: 3, time: { ms: 41 + 45 + 1020, source: 'logged' } });
    expect(log.rendering?.ms).toBe(2500 - (41 + 45 + 1020));
  });
});

describe('image integrations under other names', () => {
  it.each(['[hph-og]', '[og-images]', '[social-cards]'])('finds the counts under %s', (tag) => {
    const log = parseBuildLog([
      { at: 100, text: '12:00:00 [build] ✓ Completed in 2.12s.' },
      { at: 900, text: `12:00:01 ${tag} 2 rendered, 1612 from cache in 0.8s` },
    ]);
    expect(log.socialImages).toMatchObject({ rendered: 2, fromCache: 1612, time: { ms: 800, source: 'logged' } });
  });

  it('does not take Astro’s own page count for images', () => {
    expect(parseBuildLog([{ at: 1, text: '12:00:00 [build] 30 page(s) built in 5.45s' }]).socialImages).toBeUndefined();
  });

  it('takes the render time, not the per-image figure, from the social image integration\'s own line', () => {
    const log = parseBuildLog([
      { at: 1000, text: '12:00:01 [build] ✓ Completed in 2.00s.' },
      { at: 9000, text: '12:00:09 [hph:og-images] [og] 1000 rendered in 31200 ms, 0 from cache (3 at a time, 31.2 ms per rendered image)' },
    ]);
    expect(log.socialImages).toMatchObject({ rendered: 1000, fromCache: 0, time: { ms: 31200, source: 'logged' } });
  });
});

describe('the post-build pass', () => {
  const log = parseBuildLog([
    { at: 0, text: '12:00:00  generating static routes ' },
    { at: 10, text: '12:00:00   ├─ /indikatorer/indikator-1/index.html (+18ms)' },
    { at: 50, text: '12:00:01 ✓ Completed in 1.00s.' },
    { at: 60, text: '12:00:01 [build] ✓ Completed in 1.10s.' },
    { at: 70, text: '12:00:01 [hph:post-build] 5 sidor med Content-Security-Policy, inga inbäddade skript; WebAssembly på 1 sida/sidor (14 ms).' },
    { at: 71, text: '12:00:01 [hph:post-build] Sidkontrollen medan Astro renderade: 4 sidor, 352 ms (omvandlingar, säkerhetskontroll, kodning).' },
    { at: 900, text: '12:00:02 [hph:post-build] Sökindexet omfattar 2 sidor av 5 byggda (812 ms).' },
  ]);

  it('takes the search time from the pass’s index line', () => {
    expect(log.search).toMatchObject({ ms: 812, source: 'logged', pages: 2 });
  });

  it('takes the page pass’s share of rendering from its own line', () => {
    expect(log.pagePass).toEqual({ ms: 352, pages: 4, source: 'logged' });
    expect(parseBuildLog([{ at: 0, text: '[build] 5 page(s) built in 1.2s' }]).pagePass).toBeUndefined();
  });
});
