import { describe, expect, it } from 'vitest';
import { familyIsUsed, fontsNeeded, parseFontFaces, parseUnicodeRange } from '../../../scripts/lib/bench/css-fonts.ts';

describe('which web fonts a page downloads', () => {
  it('reads unicode ranges, single code points and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+4??')).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]]);
  });

  it('takes the first url of a face and its family without quotes', () => {
    const [face] = parseFontFaces(`@font-face{font-family:'Source Sans 3';src:url("a.woff2") format("woff2"),url(a.woff)}`);
    expect(face).toEqual({ family: 'Source Sans 3', url: 'a.woff2', ranges: [] });
  });

  it('counts a family as used only by a rule outside @font-face', () => {
    const faceOnly = '@font-face{font-family:X;src:url(x.woff2)}';
    expect(familyIsUsed(faceOnly, 'X')).toBe(false);
    expect(familyIsUsed(`${faceOnly} p{font:16px/1.5 X,serif}`, 'X')).toBe(true);
  });

  it('needs a face when the page has a character in its range', () => {
    const css = [
      '@font-face{font-family:S;src:url(latin-ext.woff2);unicode-range:U+0100-024F}',
      '@font-face{font-family:S;src:url(greek.woff2);unicode-range:U+0370-03FF}',
      'body{font-family:S}',
    ].join('');
    expect(fontsNeeded([{ from: '/a.css', text: css }], 'Ärende Łódź').map((f) => f.url)).toEqual(['latin-ext.woff2']);
  });
});
