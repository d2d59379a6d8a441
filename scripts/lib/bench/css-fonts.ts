/**
 * Which web fonts a page makes the browser download. A browser fetches an `@font-face` file only
 * when some rule uses its family and the page has a character in its `unicode-range`; Fontsource
 * ships a face per script (latin, latin-ext, cyrillic…), so counting every face would overstate
 * the weight many times. Weights and styles are not matched: every used face counts (an upper bound).
 */

export interface FontFace {
  family: string;
  /** The first `url()` in `src`: the format a current browser picks. */
  url: string;
  /** Inclusive code point ranges; none means every character. */
  ranges: [number, number][];
}

export interface Stylesheet {
  /** Site path the sheet's relative URLs resolve against. */
  from: string;
  text: string;
}

const FONT_FACE = /@font-face\s*{([^}]*)}/g;

/** `U+0000-00FF, U+0131, U+4??` as code point ranges. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').flatMap((part): [number, number][] => {
    const value = part.trim().replace(/^u\+/i, '');
    if (!value) return [];
    if (value.includes('?')) return [[parseInt(value.replace(/\?/g, '0'), 16), parseInt(value.replace(/\?/g, 'f'), 16)]];
    const [from, to = from] = value.split('-');
    return [[parseInt(from!, 16), parseInt(to!, 16)]];
  });
}

const unquote = (text: string) => text.trim().replace(/^["']|["']$/g, '');

export function parseFontFaces(css: string): FontFace[] {
  return [...css.matchAll(FONT_FACE)].flatMap(([, body = '']) => {
    const family = /font-family\s*:\s*([^;]+)/i.exec(body)?.[1];
    const url = /src\s*:[^;]*?url\(\s*([^)]+?)\s*\)/i.exec(body)?.[1];
    const range = /unicode-range\s*:\s*([^;]+)/i.exec(body)?.[1];
    if (!family || !url) return [];
    return [{ family: unquote(family), url: unquote(url), ranges: range ? parseUnicodeRange(range) : [] }];
  });
}

/** Whether any rule outside `@font-face` names the family in `font-family` or `font`. */
export function familyIsUsed(css: string, family: string): boolean {
  const rules = css.replace(FONT_FACE, '');
  const name = family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`font(?:-family)?\\s*:[^;}]*["']?${name}["']?`, 'i').test(rules);
}

const covers = (ranges: [number, number][], text: string) =>
  ranges.length === 0 || [...text].some((char) => {
    const code = char.codePointAt(0)!;
    return ranges.some(([from, to]) => code >= from && code <= to);
  });

/** The font files the page needs, each with the sheet it was declared in. */
export function fontsNeeded(sheets: Stylesheet[], pageText: string): { from: string; url: string }[] {
  const allCss = sheets.map((sheet) => sheet.text).join('\n');
  const text = [...new Set(pageText)].join('');
  return sheets.flatMap((sheet) =>
    parseFontFaces(sheet.text)
      .filter((face) => familyIsUsed(allCss, face.family) && covers(face.ranges, text))
      .map((face) => ({ from: sheet.from, url: face.url })),
  );
}
