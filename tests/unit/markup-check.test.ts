/**
 * The walk over a parsed document (src/security/markup-check.ts), construct by construct: which
 * node kind each problem comes from, the line in the file it is reported on (front matter lines
 * added), and the second look at the rendered page body. The rules themselves are pinned in
 * markup-policy.test.ts and mdx-policy.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkMarkup, renderedHtmlProblems } from '../../src/security/markup-check.ts';
import { ADDRESS_ADVICE } from '../../src/security/url.ts';

const ALIGNED = 'Tabellen justerar en kolumn med kolon (`:---`, `---:`). Det stöds inte: skriv raden under rubrikerna med bara bindestreck, t.ex. `| --- | --- |`.';
const COMBINED = 'Felet uppstår när markdown och HTML-koden i filen sätts ihop; kontrollera HTML-koden i filen.';

describe('markdown', () => {
  it('reports a link’s address on its line in the file, after the front matter', async () => {
    expect(await checkMarkup('Text\n\n[a](javascript:x)', 'markdown', 4)).toEqual([
      { line: 7, message: `En länk pekar på \`javascript:x\`, som börjar med \`javascript:\`. ${ADDRESS_ADVICE}` },
    ]);
  });

  it('reports each tag and attribute of raw HTML on its own line, once, without the second look repeating it', async () => {
    expect(await checkMarkup('Text\n\n<div\nonclick="x">', 'markdown', 10)).toEqual([
      { line: 13, message: 'HTML-taggen `<div>` är inte tillåten.' },
      { line: 14, message: 'Attributet `onclick` på `<div>` är inte tillåtet.' },
    ]);
  });

  it('refuses an aligned table column in each aligned cell, on its row', async () => {
    expect(await checkMarkup('| a | b | c |\n| :-- | --: | --- |\n| 1 | 2 | 3 |\n', 'markdown')).toEqual([
      { line: 1, message: ALIGNED }, { line: 1, message: ALIGNED }, { line: 3, message: ALIGNED }, { line: 3, message: ALIGNED },
    ]);
  });

  it('accepts what markdown itself writes: task lists, footnotes, headings, code', async () => {
    expect(await checkMarkup('## Rubrik\n\n- [x] klar\n- [ ] inte\n\nText[^1] och `kod`.\n\n```\n<script>\n```\n\n[^1]: Not.\n', 'markdown')).toEqual([]);
  });

  it('leaves text that only looks like an open tag or comment as text, which markdown escapes', async () => {
    expect(await checkMarkup('a <span title="x\n\ny">b</span>', 'markdown')).toEqual([]);
    expect(await checkMarkup('<abbr title="a">A</abbr> <!-- x', 'markdown')).toEqual([]);
  });
});

describe('MDX', () => {
  it('names a spread of props as code, on its line', async () => {
    expect(await checkMarkup('<span {...props}>x</span>', 'mdx', 2)).toEqual([{ line: 3, message: '`<span>` har attributet `{...props}`, som är kod.' }]);
  });

  it('checks elements and expressions inside a paragraph as well as on lines of their own', async () => {
    expect(await checkMarkup('Text <span onclick="x">y</span> mer.\n\nOch {1+1} här.', 'mdx', 2)).toEqual([
      { line: 3, message: 'Attributet `onclick` på `<span>` är inte tillåtet.' },
      { line: 5, message: 'Uttrycket `{1+1}` är kod, och innehållsfiler får inte innehålla kod. Skriv texten direkt, eller en kommentar som `{/* ... */}`.' },
    ]);
  });

  it('reports an export on its line', async () => {
    expect(await checkMarkup('Text\n\nexport const a = 1', 'mdx', 3)).toEqual([
      { line: 6, message: 'Raden `export const a = 1` importerar eller exporterar kod. MDX-filer i `content/` får bara använda webbplatsens registrerade komponenter, utan egna `import` eller `export`.' },
    ]);
  });
});

describe('the second look at the rendered body', () => {
  it('accepts the tags and attributes markdown writes, and the allowed inline tags', () => {
    expect(renderedHtmlProblems('<h2 id="x" class="y">T</h2><p><a href="/a/" aria-describedby="n">a</a><span lang="en">b</span></p><ul><li><input type="checkbox" checked disabled></li></ul>')).toEqual([]);
  });

  it('names anything else, a text field among the check boxes included, and says where it comes from', () => {
    expect(renderedHtmlProblems('<p>a</p><input type="text"><div></div><span lang="sv" onclick="x">a</span>')).toEqual([
      `Attributet \`type\` på \`<input>\` är inte tillåtet. ${COMBINED}`,
      `HTML-taggen \`<div>\` är inte tillåten. ${COMBINED}`,
      `Attributet \`onclick\` på \`<span>\` är inte tillåtet. ${COMBINED}`,
    ]);
  });

  it('refuses a doctype or a tag left open', () => {
    expect(renderedHtmlProblems('<p>a</p><!DOCTYPE html>')).toEqual([`Texten blir HTML-kod som inte är avslutad. ${COMBINED}`]);
    expect(renderedHtmlProblems('<p title="a')).toEqual([`Texten blir HTML-kod som inte är avslutad. ${COMBINED}`]);
  });
});
