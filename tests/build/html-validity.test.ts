/** Every HTML page in the build passes html-validate with the committed `.htmlvalidate.json`. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateHtml } from '../../scripts/lib/html-validity.ts';
import { builtSites } from '../helpers/sites.ts';

describe('HTML validity', () => {
  it.each(builtSites())('finds no problem on any page of $name', async ({ distDir }) => {
    const { pagesChecked, problems } = await validateHtml(distDir);
    expect(pagesChecked).toBeGreaterThanOrEqual(10);
    expect(problems.map((p) => `${p.page}:${p.line}:${p.column} ${p.message} (${p.rule})`)).toEqual([]);
  });

  it('uses a configuration that catches real mistakes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hph-invalid-'));
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>T</title></head>' +
        '<body><main><p id="a" style="color: red">x</p><p id="a"><img src="/x.png"></p><button>Ok</button></main></body></html>',
    );
    const rules = (await validateHtml(dir)).problems.map((problem) => problem.rule);
    expect(rules).toEqual(expect.arrayContaining(['no-inline-style', 'no-dup-id', 'wcag/h37', 'no-implicit-button-type']));
  });
});
