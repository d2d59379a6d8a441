/**
 * Markup in content files cannot inject script or run code: the fixtures in
 * `tests/fixtures/unsafe-content/` (`<script>`, `onerror=`, `javascript:` links, `<iframe>`, MDX
 * `import`/`export` and expressions) are rejected with a message naming file, line and construct.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsafeContent } from '../../src/integrations/content-safety.ts';
import { checkMarkup } from '../../src/security/markup-check.ts';
import { checkRawHtml, urlScheme } from '../../src/security/markup-policy.ts';
import { isStaticExpression } from '../../src/security/mdx-policy.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const messages = async (body: string, format: 'markdown' | 'mdx' = 'markdown') =>
  (await checkMarkup(body, format)).map((problem) => problem.message);

describe('the fixtures with unsafe markup', () => {
  it('are rejected, each problem named with its line', async () => {
    const found = await findUnsafeContent(join(PROJECT_ROOT, 'tests/fixtures/unsafe-content'));
    const relative = found.map((message) => message.replace(/`[^`]*tests\/fixtures\//g, '`tests/fixtures/'));
    expect(relative.join('\n\n')).toMatchInlineSnapshot(`
      "Filen \`tests/fixtures/unsafe-content/uppdrag/farlig-html.md\` innehåller markering som inte får publiceras (10 fel):
        - rad 15: HTML-taggen \`<script>\` är inte tillåten.
        - rad 17: HTML-taggen \`<img>\` är inte tillåten.
        - rad 17: Attributet \`src\` på \`<img>\` är inte tillåtet.
        - rad 17: Attributet \`alt\` på \`<img>\` är inte tillåtet.
        - rad 17: Attributet \`onerror\` på \`<img>\` är inte tillåtet.
        - rad 19: En länk pekar på \`javascript:alert('länk')\`, som börjar med \`javascript:\`. Använd en adress som börjar med \`https://\`, \`http://\`, \`mailto:\`, \`tel:\` eller \`/\`.
        - rad 19: HTML-taggen \`<a>\` är inte tillåten.
        - rad 19: Attributet \`href\` på \`<a>\` är inte tillåtet.
        - rad 21: HTML-taggen \`<iframe>\` är inte tillåten.
        - rad 21: Attributet \`src\` på \`<iframe>\` är inte tillåtet.
      Tillåten HTML är taggarna \`<abbr>\`, \`<b>\`, \`<br>\`, \`<cite>\`, \`<code>\`, \`<del>\`, \`<dfn>\`, \`<em>\`, \`<i>\`, \`<ins>\`, \`<kbd>\`, \`<mark>\`, \`<q>\`, \`<s>\`, \`<small>\`, \`<span>\`, \`<strong>\`, \`<sub>\`, \`<sup>\`, \`<wbr>\` med attributen \`lang\` och \`title\`. Skriv länkar och bilder med markdown, t.ex. \`[länktext](https://exempel.se/)\`, och använd inga egna \`import\`, \`export\` eller \`{...}\`-uttryck. Webbplatsen byggs inte förrän filen är rättad.

      Filen \`tests/fixtures/unsafe-content/uppdrag/farlig-kod.mdx\` innehåller markering som inte får publiceras (6 fel):
        - rad 13: Raden \`import fs from 'node:fs'\` importerar eller exporterar kod. MDX-filer i \`content/\` får bara använda webbplatsens registrerade komponenter, utan egna \`import\` eller \`export\`.
        - rad 15: Raden \`export const hemlighet = fs.readFileSync('/etc/hostname', 'utf8')\` importerar eller exporterar kod. MDX-filer i \`content/\` får bara använda webbplatsens registrerade komponenter, utan egna \`import\` eller \`export\`.
        - rad 17: Uttrycket \`{1 + 1}\` är kod, och innehållsfiler får inte innehålla kod. Skriv texten direkt, eller en kommentar som \`{/* ... */}\`.
        - rad 19: Attributet \`onclick\` på \`<span>\` är inte tillåtet.
        - rad 19: Värdet \`{() => alert(1)}\` för \`onClick\` på \`<span>\` är kod. Ange text, ett tal eller en lista i JSON-form, t.ex. \`{["a", "b"]}\`.
        - rad 21: HTML-taggen \`<script>\` är inte tillåten.
      Tillåten HTML är taggarna \`<abbr>\`, \`<b>\`, \`<br>\`, \`<cite>\`, \`<code>\`, \`<del>\`, \`<dfn>\`, \`<em>\`, \`<i>\`, \`<ins>\`, \`<kbd>\`, \`<mark>\`, \`<q>\`, \`<s>\`, \`<small>\`, \`<span>\`, \`<strong>\`, \`<sub>\`, \`<sup>\`, \`<wbr>\` med attributen \`lang\` och \`title\`. Skriv länkar och bilder med markdown, t.ex. \`[länktext](https://exempel.se/)\`, och använd inga egna \`import\`, \`export\` eller \`{...}\`-uttryck. Webbplatsen byggs inte förrän filen är rättad."
    `);
  });
});

describe('raw HTML in markdown', () => {
  it('allows the inline tags markdown has no syntax for, with lang and title', () => {
    expect(checkRawHtml('<abbr title="Sveriges Kommuner och Regioner">SKR</abbr>')).toEqual([]);
    expect(checkRawHtml('<span lang="en">peer support</span><br><sup>2</sup><!-- not shown -->')).toEqual([]);
  });

  it('rejects tags that a browser would find even when the markup is malformed', () => {
    expect(checkRawHtml('<scr<script>ipt>alert(1)</script>')).not.toEqual([]);
    expect(checkRawHtml('<svg onload="alert(1)">')).toEqual([
      'HTML-taggen `<svg>` är inte tillåten.',
      'Attributet `onload` på `<svg>` är inte tillåtet.',
    ]);
    expect(checkRawHtml('<span\nonmouseover=alert(1)>x</span>')).toEqual(['Attributet `onmouseover` på `<span>` är inte tillåtet.']);
    expect(checkRawHtml('<!DOCTYPE html>')).toHaveLength(1);
    expect(checkRawHtml('<style>body{}</style>')).toEqual(['HTML-taggen `<style>` är inte tillåten.']);
  });
});

describe('addresses in markdown links and images', () => {
  it('sees the scheme a browser sees, whatever the case or hidden whitespace', () => {
    expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme(' java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('/mal/vuxna/3-2/')).toBeUndefined();
    expect(urlScheme('#kallor')).toBeUndefined();
  });

  it('rejects javascript: and data: but allows the web, e-mail, phone and site paths', async () => {
    expect(await messages('[a](https://example.org/) [b](mailto:a@example.org) [c](tel:+4631) [d](/om/) [e](#x)')).toEqual([]);
    expect(await messages('[a](javascript:alert(1))')).toHaveLength(1);
    expect(await messages('![bild](data:image/png;base64,AAAA)')).toHaveLength(1);
    expect(await messages('[a](&#106;avascript:alert(1))')).toHaveLength(1);
  });

  it('keeps images on the site itself', async () => {
    expect(await messages('![Karta](/bilder/karta.png)')).toEqual([]);
    expect(await messages('![Karta](//example.org/karta.png)')).toHaveLength(1);
    expect(await messages('![Karta](https://example.org/karta.png)')).toEqual([
      'Bilden `https://example.org/karta.png` hämtas från en annan webbplats. Spara bilden bland webbplatsens egna filer och ange en sökväg som börjar med `/`.',
    ]);
  });
});

describe('MDX', () => {
  it('rejects import and export, and code in expressions and attributes', async () => {
    expect(await messages("import X from './x.js'", 'mdx')).toEqual([expect.stringContaining('importerar eller exporterar kod')]);
    expect(await messages('export const a = 1', 'mdx')).toEqual([expect.stringContaining('importerar eller exporterar kod')]);
    expect(await messages('{process.exit(1)}', 'mdx')).toEqual([expect.stringContaining('är kod')]);
    expect(await messages('<span title={steps.map((s) => s)}>x</span>', 'mdx')).toEqual([expect.stringContaining('är kod')]);
    expect(await messages('<span {...props}>x</span>', 'mdx')).toEqual([expect.stringContaining('som är kod')]);
  });

  it('allows the allowed tags with plain data, comments and plain values', async () => {
    expect(await messages('<abbr title={"Västra Götalandsregionen"}>VGR</abbr>\n\n{/* kommentar */} {"text"}', 'mdx')).toEqual([]);
  });

  it('rejects components that are not registered, set:html and lower-case look-alikes', async () => {
    expect(await messages('<Karta steg={["a"]} />', 'mdx')).toEqual(['Komponenten `<Karta>` finns inte för innehållsfiler. Skriv innehållet med markdown.']);
    expect(await messages('<Fragment set:html="<img src=x onerror=alert(1)>" />', 'mdx')).toEqual([
      'Komponenten `<Fragment>` finns inte för innehållsfiler. Skriv innehållet med markdown.',
    ]);
    expect(await messages('<span set:html="<script>alert(1)</script>" />', 'mdx')).toEqual(['Attributet `set:html` på `<span>` är inte tillåtet.']);
    expect(await messages('<fragment set:text="x" />', 'mdx')).toEqual([
      'HTML-taggen `<fragment>` är inte tillåten.',
      'Attributet `set:text` på `<fragment>` är inte tillåtet.',
    ]);
  });

  it('reports a syntax error with its line instead of crashing', async () => {
    expect(await checkMarkup('Text\n\n<Trasig', 'mdx', 5)).toEqual([
      { line: 8, message: expect.stringMatching(/^MDX-koden kan inte läsas: Unexpected .*Kontrollera att varje/) },
    ]);
  });

  it('treats only literal data as static', () => {
    const program = (expression: object) => ({ type: 'Program', body: [{ type: 'ExpressionStatement', expression }] });
    expect(isStaticExpression(null)).toBe(true);
    expect(isStaticExpression(program({ type: 'Literal', value: 1 }))).toBe(true);
    expect(isStaticExpression(program({ type: 'Identifier', name: 'process' }))).toBe(false);
    expect(isStaticExpression(program({ type: 'TemplateLiteral', expressions: [{ type: 'Identifier' }], quasis: [] }))).toBe(false);
  });
});

describe('inside the markdown pipeline (astro dev)', () => {
  it('stops rendering a content file with unsafe markup, and leaves the site’s own files alone', async () => {
    const { markdownToHtml } = await import('satteri');
    const { pathToFileURL } = await import('node:url');
    const { renderTimePlugin } = await import('../../src/integrations/content-safety.ts');
    const contentDir = join(PROJECT_ROOT, 'content');
    const render = async (file: string) =>
      markdownToHtml('<script>alert(1)</script>', { hastPlugins: [renderTimePlugin(contentDir)], fileURL: pathToFileURL(file) });
    await expect(render(join(contentDir, 'uppdrag/x.md'))).rejects.toThrow(/content\/uppdrag\/x\.md.*<script>/s);
    await expect(render(join(PROJECT_ROOT, 'src/pages/x.md'))).resolves.toBeDefined();
  });
});
