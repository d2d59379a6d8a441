/**
 * A Sätteri hast plugin (Astro 7's rehype): the first use of each glossary abbreviation in a
 * document becomes `<abbr title="Västra Götalandsregionen">VGR</abbr>`. Text in links, code,
 * headings and existing `<abbr>` is left alone, so link text, anchors and the outline stay as
 * written; the first use in running text is marked instead.
 */
import type { Text } from 'hast';

export interface AbbreviationTerm {
  abbreviation: string;
  /** What `title` says: the expansion, or the explanation where the sources give none. */
  title: string;
}

const SKIPPED = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Parent = { type: string; tagName?: string };
interface Context {
  data: Record<string, unknown>;
  parent(node: unknown): Parent | undefined;
  replaceNode(node: unknown, replacement: unknown[]): void;
}

/** Splits a text into plain runs and the first use of each abbreviation not yet marked. */
export function splitText(text: string, pattern: RegExp, titles: Map<string, string>, seen: Set<string>) {
  const parts: ({ type: 'text'; value: string } | { type: 'abbr'; abbreviation: string; title: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const abbreviation = match[0];
    if (seen.has(abbreviation)) continue;
    seen.add(abbreviation);
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: 'abbr', abbreviation, title: titles.get(abbreviation) ?? '' });
    last = match.index + abbreviation.length;
  }
  if (parts.length === 0) return undefined;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

export function abbreviationsPlugin(terms: readonly AbbreviationTerm[]) {
  const titles = new Map(terms.map((term) => [term.abbreviation, term.title]));
  // Longest first, so "NSPH VG" wins over a shorter term it contains; whole words only.
  const alternatives = [...titles.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    name: 'hph-abbreviations',
    // Plain data, so Astro's content cache digest changes when the glossary does.
    terms: [...terms],
    before(_root: unknown, ctx: Context) {
      ctx.data['abbreviationsSeen'] = new Set<string>();
    },
    text(node: Readonly<Text>, ctx: Context) {
      if (alternatives.length === 0) return;
      for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
        if (parent.tagName && SKIPPED.has(parent.tagName)) return;
      }
      const parts = splitText(node.value, pattern, titles, ctx.data['abbreviationsSeen'] as Set<string>);
      if (!parts) return;
      ctx.replaceNode(
        node,
        parts.map((part) =>
          part.type === 'text'
            ? part
            : {
                type: 'element',
                tagName: 'abbr',
                // `data-glossary` lets the build keep only the first on a page made of several texts.
                properties: { title: part.title, dataGlossary: '' },
                children: [{ type: 'text', value: part.abbreviation }],
              },
        ),
      );
    },
  };
}

const MARKED = /<abbr title="([^"]*)" data-glossary(?:="")?>([^<]*)<\/abbr>/g;

/**
 * A page can show several texts (the organisation page shows one per organisation), each
 * marked on its own. Keeps the first `<abbr>` of each abbreviation on the page and unwraps the
 * rest, so every page expands an abbreviation once.
 */
export function keepFirstPerPage(html: string): string {
  const seen = new Set<string>();
  return html.replace(MARKED, (_all, title: string, text: string) => {
    if (seen.has(text)) return text;
    seen.add(text);
    return `<abbr title="${title}">${text}</abbr>`;
  });
}
