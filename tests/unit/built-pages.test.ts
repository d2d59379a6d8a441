/**
 * The post-build guard over each built page (`checkBuiltPage`): what stops the build, with the
 * line and the sentence the developer reads, and where the page's own policy is written. The
 * build tests run it over real pages; these give it one construct at a time.
 */
import { describe, expect, it } from 'vitest';
import { checkBuiltPage, formatPageProblems } from '../../src/security/built-pages.ts';
import { contentSecurityPolicy } from '../../src/security/csp.ts';

const page = (head: string, body = '') => `<!DOCTYPE html>\n<html lang="sv">\n<head><meta charset="utf-8">${head}</head>\n<body>\n${body}\n</body>\n</html>`;
const problems = (html: string) => checkBuiltPage(html).problems;
const tags = (needs: 'pagefind'[] = []) =>
  `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(needs, 'meta')}"><meta name="referrer" content="no-referrer">`;

describe('a page that may be published', () => {
  it('gets its policy and referrer right after the charset, and nothing else changes', () => {
    const html = page('<title>T</title>', '<p>Text</p>');
    expect(checkBuiltPage(html)).toEqual({ problems: [], needs: [], html: html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${tags()}`) });
  });

  it('gets its policy first in <head> when there is no charset', () => {
    const html = '<!DOCTYPE html><html><head><title>T</title></head><body></body></html>';
    expect(checkBuiltPage(html).html).toBe(`<!DOCTYPE html><html><head>${tags()}<title>T</title></head><body></body></html>`);
  });

  it('may carry JSON-LD, external scripts and safe addresses', () => {
    expect(problems(page('<script type=" Application/LD+JSON ">{}</script><script type="application/json">{}</script><script src="/a.js"></script>', '<a href="https://x.se/">x</a><a href="http://x.se/">x</a><a href="tel:112">112</a><a href="mailto:a@b.se">a</a><a href="/om/">om</a>'))).toEqual([]);
  });

  it('turns a declared need into its policy and removes the declaration, wherever it stands in <head>', () => {
    const before = checkBuiltPage('<html><head><meta name="csp-needs" content="pagefind"><meta charset="utf-8"><title>T</title></head><body></body></html>');
    expect(before).toEqual({ problems: [], needs: ['pagefind'], html: `<html><head><meta charset="utf-8">${tags(['pagefind'])}<title>T</title></head><body></body></html>` });
    const after = checkBuiltPage(page('<title>T</title><meta name="csp-needs" content="pagefind">'));
    expect(after.html).toBe(page(`${tags(['pagefind'])}<title>T</title>`));
    expect(after.html).toContain("'wasm-unsafe-eval'");
  });
});

describe('what stops the build', () => {
  it.each([
    ['an inline script', '<script>alert(1)</script>', 'Sidan har ett inbäddat `<script>`. Lägg skriptet i en egen fil och ladda det med `src`.'],
    ['a script of another type', '<script type="module">x</script>', 'Sidan har ett inbäddat `<script>`. Lägg skriptet i en egen fil och ladda det med `src`.'],
    ['an inline style', '<style>p{}</style>', 'Sidan har ett inbäddat `<style>`. Lägg stilen i en CSS-fil.'],
    ['an event handler', '<p ONCLICK="x">a</p>', '`<p>` har händelseattributet `onclick`, som kör skript på sidan.'],
    ['a style attribute', '<p style="color:red">a</p>', '`<p>` har ett `style`-attribut. Lägg stilen i en CSS-fil.'],
    ['a script address', '<a href=" JavaScript:x">a</a>', '`<a href>` pekar på en adress som börjar med `javascript:`.'],
    ['a data address in a form', '<form action="data:text/html,x"></form>', '`<form action>` pekar på en adress som börjar med `data:`.'],
    ['a background address', '<table background="vbscript:x"></table>', '`<table background>` pekar på en adress som börjar med `vbscript:`.'],
    ['a script address as a frame’s source', '<iframe src="javascript:x"></iframe>', '`<iframe src>` pekar på en adress som börjar med `javascript:`.'],
    ['a script address on a button', '<button formaction="javascript:x">b</button>', '`<button formaction>` pekar på en adress som börjar med `javascript:`.'],
    ['a script address as a poster', '<video poster="javascript:x"></video>', '`<video poster>` pekar på en adress som börjar med `javascript:`.'],
    ['a script address as an object’s data', '<object data="javascript:x"></object>', '`<object data>` pekar på en adress som börjar med `javascript:`.'],
    ['a script inside a template', '<template><p onclick="x"></p></template>', '`<p>` har händelseattributet `onclick`, som kör skript på sidan.'],
    ['a needs declaration outside <head>', '<meta name="csp-needs" content="pagefind">', '`<meta name="csp-needs">` gäller bara i `<head>`.'],
  ])('%s, at its line', (_what, body, message) => {
    expect(problems(page('', body))).toEqual([{ line: 5, message }]);
  });

  it('a second policy and an unknown need in <head>', () => {
    expect(problems(page('<meta http-equiv="Content-Security-Policy" content="x"><meta name="csp-needs" content="eval">'))).toEqual([
      { line: 3, message: 'Sidan har redan en Content-Security-Policy i en `<meta>`-tagg. Policyn skrivs av `src/security/csp.ts`; ta bort den andra.' },
      { line: 3, message: '`<meta name="csp-needs">` har värdet `eval`, som inte finns i `CSP_NEEDS` i `src/security/csp.ts`.' },
    ]);
    expect(problems(page('<meta name="csp-needs">'))).toEqual([{ line: 3, message: '`<meta name="csp-needs">` har värdet ``, som inte finns i `CSP_NEEDS` i `src/security/csp.ts`.' }]);
  });

  it('a title attribute that only mentions a script address is text', () => {
    expect(problems(page('', '<p title="javascript:x" data-x="javascript:x">a</p>'))).toEqual([]);
  });

  it('a policy or a need only on a <meta>: the same attributes elsewhere are nothing', () => {
    expect(problems(page('', '<p http-equiv="content-security-policy" name="csp-needs" content="eval">a</p>'))).toEqual([]);
  });

  it('and still tells the needs it read', () => {
    expect(checkBuiltPage(page('<meta name="csp-needs" content="pagefind">', '<p onclick="x">a</p>'))).toMatchObject({ needs: ['pagefind'] });
  });

  it('a page without a <head> of its own, and leaves such a page unchanged', () => {
    const html = '<p>Text</p>';
    expect(checkBuiltPage(html)).toEqual({ problems: [{ line: undefined, message: 'Sidan har ingen `<head>` att lägga säkerhetspolicyn i.' }], html, needs: [] });
  });
});

describe('read as a browser reads it', () => {
  const needs = '<meta name="csp-needs" content="pagefind">';
  const outside = '`<meta name="csp-needs">` gäller bara i `<head>`.';

  it.each([
    ['an element that ends <head>', `<head><meta charset="utf-8"><div></div>${needs}</head>`],
    ['text that ends <head>', `<head><meta charset="utf-8">Text${needs}</head>`],
    ['a template, whose content is a fragment of its own', `<head><meta charset="utf-8"><template></template>${needs}</head>`],
    ['a void element, which no end tag follows', `<head><meta charset="utf-8"><img src="/a.png">${needs}</head>`],
    ['a declaration before <head>', `<html>${needs}<head><meta charset="utf-8"></head>`],
    ['a void element before <head>, which starts the body', `<html><img src="/a.png"><head><meta charset="utf-8">${needs}</head>`],
    ['an element before <head>, which starts the body', `<html><p></p><head><meta charset="utf-8">${needs}</head>`],
    ['a declaration after </head>', `<head><meta charset="utf-8"></head>${needs}`],
  ])('a needs declaration after %s is outside <head>', (_what, html) => {
    // Before `<head>`, the page has no `<head>` of its own for the policy either.
    expect(problems(`<!DOCTYPE html>${html}<body></body>`)).toContainEqual({ line: 1, message: outside });
  });

  it.each([
    '<base href="/">', '<basefont>', '<bgsound>', '<link rel="icon" href="/favicon.svg">', '<meta name="description" content="x">',
    '<title>Titel</title>', '<noscript>Text</noscript>', '<noframes>Text</noframes>', '<style>p{}</style>', '<script src="/a.js"></script>',
  ])('keeps <head> open after %s, as a browser does', (element) => {
    const checked = checkBuiltPage(`<html><head><meta charset="utf-8">${element}${needs}</head><body></body></html>`);
    expect(checked.needs).toEqual(['pagefind']);
    expect(checked.problems).not.toContainEqual({ line: 1, message: outside });
  });

  it('takes a need only from its own declaration, and removes every declaration', () => {
    const checked = checkBuiltPage(page(`<meta name="description" content="pagefind">${needs}<title>T</title>${needs}`));
    expect(checked.needs).toEqual(['pagefind']);
    expect(checked.html).toBe(page(`${tags(['pagefind'])}<meta name="description" content="pagefind"><title>T</title>`));
  });

  it('writes the policy after the first charset declaration in <head>, and only there', () => {
    const html = '<html><head><script src="/a.js" charset="utf-8"></script><meta charset="utf-8"><meta charset="utf-8"><title>T</title></head><body><meta charset="utf-8"></body></html>';
    expect(checkBuiltPage(html).html).toBe(html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${tags()}`));
    const none = '<html><head><title>T</title></head><body><meta charset="utf-8"></body></html>';
    expect(checkBuiltPage(none).html).toBe(none.replace('<head>', `<head>${tags()}`));
  });

  it('keeps <head> open through the text of its title and scripts', () => {
    const checked = checkBuiltPage(`<html><head><meta charset="utf-8"><title>A < B</title><script type="application/ld+json">{"a":"b c"}</script>${needs}</head><body></body></html>`);
    expect(checked.problems).toEqual([]);
    expect(checked.needs).toEqual(['pagefind']);
  });

  it('reads the text of a title or a data block as text, not as tags', () => {
    const html = page(`<title>${needs}<p onclick="x"></title><script type="application/ld+json">{"a":"<p onclick=x>"}</script>`, '<textarea><p style="x"></textarea>');
    expect(checkBuiltPage(html)).toMatchObject({ problems: [], needs: [] });
  });

  it('sees every start tag, also one a tree builder merges into the first', () => {
    expect(problems('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n<body onload="x"></body></html>')).toEqual([
      { line: 2, message: '`<body>` har händelseattributet `onload`, som kör skript på sidan.' },
    ]);
  });

  it('reads inline SVG as a browser does: its style and its links count', () => {
    expect(problems(page('', '<svg><style>a{}</style><a xlink:href="javascript:x"><text>t</text></a></svg>'))).toEqual([
      { line: 5, message: 'Sidan har ett inbäddat `<style>`. Lägg stilen i en CSS-fil.' },
      { line: 5, message: '`<a href>` pekar på en adress som börjar med `javascript:`.' },
    ]);
  });
});

describe('the message that stops the build', () => {
  it('names every page and line, and says where scripts and styles belong', () => {
    expect(formatPageProblems([
      { page: 'mal/index.html', problems: [{ line: 4, message: 'Ett.' }, { line: undefined, message: 'Två.' }] },
      { page: 'om/index.html', problems: [{ line: 9, message: 'Tre.' }] },
    ])).toBe(
      'Bygget stoppades: 3 fel i de byggda sidorna kan köra skript eller stil som säkerhetspolicyn inte tillåter.\n' +
        '  - `mal/index.html` rad 4: Ett.\n' +
        '  - `mal/index.html`: Två.\n' +
        '  - `om/index.html` rad 9: Tre.\n' +
        'Webbplatsens egna skript ska ligga i egna filer (`src/scripts/`), stilar i CSS-filer. Säkerhetspolicyn får aldrig hashar eller nonce för det som står på sidan.',
    );
  });
});
