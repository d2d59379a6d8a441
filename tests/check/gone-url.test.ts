/** An address removed on purpose: `borttagen` in the ledger, with the editor's note for readers. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { formatManifest, parseManifest } from '../../src/check/url-manifest.ts';
import { scenario } from '../helpers/scenario.ts';

describe('addresses removed on purpose', () => {
  it('pass the check once the ledger marks them `borttagen`', async () => {
    const result = await checkContent(await scenario('gone-url'));
    expect(result.issues).toEqual([]);
    expect(result.manifest?.find((line) => line.url === '/mal/vuxna/1-2/')).toMatchObject({ target: '', removed: expect.stringContaining('ströks') });
  });

  it('round-trip through the ledger file with their note', () => {
    const text = formatManifest([
      { url: '/mal/vuxna/3-2/', target: 'mal/vuxna-3-2' },
      { url: '/mal/vuxna/9-9/', target: '', removed: 'Målet ströks.' },
    ]);
    expect(text).toContain('\n/mal/vuxna/9-9/ borttagen Målet ströks.\n');
    expect(parseManifest(text, 'content/urls.txt').lines.map(({ url, target, removed }) => [url, target, removed])).toEqual([
      ['/mal/vuxna/3-2/', 'mal/vuxna-3-2', undefined],
      ['/mal/vuxna/9-9/', '', 'Målet ströks.'],
    ]);
  });

  it('need a note, and an address may be listed only once', () => {
    const { problems } = parseManifest('/a/ borttagen\n/b/ borttagen Borta.\n/b/ x/b\n', 'content/urls.txt');
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'url-manifest-syntax'],
      [3, 'url-manifest-duplicate'],
    ]);
    expect(problems[0]?.message).toContain('`borttagen`');
  });
});
