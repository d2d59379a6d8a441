/**
 * The markup allowlist, rule by rule, as the editor reads it: which tags and attributes pass, the
 * sentence for each one that does not, with its line, and the one message that lists them all.
 */
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ATTRIBUTES, ALLOWED_TAGS, checkElementUrls, checkRawHtml, checkTag, checkUrl, formatUnsafeContent, rawHtmlProblems,
} from '../../src/security/markup-policy.ts';
import { ADDRESS_ADVICE } from '../../src/security/url.ts';

describe('the allowlist', () => {
  it('is the inline tags markdown has no syntax for, with lang and title', () => {
    expect(ALLOWED_TAGS).toEqual(['abbr', 'b', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'wbr']);
    expect(ALLOWED_ATTRIBUTES).toEqual(['lang', 'title']);
  });

  it('names a tag or attribute that is not allowed, in lower case', () => {
    expect(checkTag('ABBR', ['Title', 'LANG'])).toEqual([]);
    expect(checkTag('Script', ['SRC', 'title'])).toEqual(['HTML-taggen `<script>` är inte tillåten.', 'Attributet `src` på `<script>` är inte tillåtet.']);
  });
});

describe('addresses', () => {
  it('names a script address where it is, as the editor wrote it', () => {
    expect(checkUrl('javascript:alert("å")', 'En länk')).toBe(`En länk pekar på \`javascript:alert("å")\`, som börjar med \`javascript:\`. ${ADDRESS_ADVICE}`);
    expect(checkUrl('data:text/html,%C3%A5', 'En länk')).toBe(`En länk pekar på \`data:text/html,å\`, som börjar med \`data:\`. ${ADDRESS_ADVICE}`);
    expect(checkUrl('data:%E0%A4%A', 'En länk')).toContain('`data:%E0%A4%A`');
    expect(checkUrl('https://example.org/', 'En länk')).toBeUndefined();
    expect(checkUrl('/om/', 'En länk')).toBeUndefined();
  });

  it('says "En länk" for a link and names attribute and element otherwise', () => {
    expect(checkElementUrls('a', { href: 'vbscript:x', title: 'javascript:x' })).toEqual([`En länk pekar på \`vbscript:x\`, som börjar med \`vbscript:\`. ${ADDRESS_ADVICE}`]);
    expect(checkElementUrls('img', { src: 'javascript:x' })).toEqual([`Attributet \`src\` på \`<img>\` pekar på \`javascript:x\`, som börjar med \`javascript:\`. ${ADDRESS_ADVICE}`]);
  });

  it('reads every address of a list and skips values that are no text', () => {
    expect(checkElementUrls('a', { href: ['/a/', 'javascript:1'], cite: 3 })).toHaveLength(1);
    expect(checkElementUrls('a', { href: undefined, formaction: 'javascript:1' })).toEqual([expect.stringContaining('`javascript:1`')]);
  });

  it('keeps images on the site itself, links may leave it', () => {
    const elsewhere = (url: string) => `Bilden \`${url}\` hämtas från en annan webbplats. Spara bilden bland webbplatsens egna filer och ange en sökväg som börjar med \`/\`.`;
    expect(checkElementUrls('img', { src: 'https://example.org/å.png' })).toEqual([elsewhere('https://example.org/å.png')]);
    expect(checkElementUrls('img', { src: ' //example.org/a.png' })).toEqual([elsewhere(' //example.org/a.png')]);
    expect(checkElementUrls('img', { src: '/bilder/a.png' })).toEqual([]);
    expect(checkElementUrls('a', { href: 'https://example.org/' })).toEqual([]);
    expect(checkElementUrls('video', { poster: 'https://example.org/a.png' })).toHaveLength(1);
  });
});

describe('raw HTML', () => {
  it('reports each disallowed tag and attribute at its own line, once per opening tag', () => {
    expect(rawHtmlProblems('<abbr title="x">A</abbr>')).toEqual([]);
    expect(rawHtmlProblems('<DIV\n  onclick="x"\n  lang="sv">text</DIV>')).toEqual([
      { line: 1, message: 'HTML-taggen `<div>` är inte tillåten.' },
      { line: 2, message: 'Attributet `onclick` på `<div>` är inte tillåtet.' },
    ]);
    expect(rawHtmlProblems('<span STYLE="x">')).toEqual([{ line: 1, message: 'Attributet `style` på `<span>` är inte tillåtet.' }]);
  });

  it('refuses a doctype and a construct left open', () => {
    expect(rawHtmlProblems('a\n<!DOCTYPE html>')).toEqual([{ line: 2, message: '`<!DOCTYPE>` hör inte hemma i en innehållsfil. Ta bort raden.' }]);
    expect(rawHtmlProblems('a\n\n<abbr title="x')).toEqual([
      { line: 3, message: 'HTML-koden här är inte avslutad: en tagg, ett citattecken eller en kommentar (`<!-- -->`) stängs inte. Avsluta den, eller skriv innehållet med markdown.' },
    ]);
    expect(checkRawHtml('<!-- x')).toEqual([expect.stringMatching(/^HTML-koden här är inte avslutad/)]);
  });
});

describe('the message for a file', () => {
  it('lists each problem once, with its line where known, then says what is allowed and that the site waits', () => {
    const message = formatUnsafeContent('content/uppdrag/a.md', [
      { line: 3, message: 'Ett.' },
      { line: 3, message: 'Ett.' },
      { line: undefined, message: 'Två.' },
    ]);
    expect(message).toBe(
      'Filen `content/uppdrag/a.md` innehåller markering som inte får publiceras (2 fel):\n' +
        '  - rad 3: Ett.\n' +
        '  - Två.\n' +
        'Tillåten HTML är taggarna `<abbr>`, `<b>`, `<br>`, `<cite>`, `<code>`, `<del>`, `<dfn>`, `<em>`, `<i>`, `<ins>`, `<kbd>`, `<mark>`, `<q>`, `<s>`, `<small>`, `<span>`, `<strong>`, `<sub>`, `<sup>`, `<wbr>` med attributen `lang` och `title`. ' +
        'Skriv länkar och bilder med markdown, t.ex. `[länktext](https://exempel.se/)`, och använd inga egna `import`, `export` eller `{...}`-uttryck. ' +
        'Webbplatsen byggs inte förrän filen är rättad.',
    );
  });
});
