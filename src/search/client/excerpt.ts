/**
 * Pagefind's excerpts are HTML: escaped page text with `<mark>` around the matched words. The
 * search page builds them from text nodes and `<mark>` elements instead of `innerHTML`, so no
 * markup from the index is ever parsed (and a strict Content Security Policy is happy).
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part.length > 0)
    .map((part) => {
      const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
      return { text: decode(marked ? part.slice('<mark>'.length, -'</mark>'.length) : part), marked };
    })
    .filter((part) => part.text.length > 0);
}

/** Appends an excerpt to `parent` as text and `<mark>` elements. */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const { text, marked } of excerptParts(excerpt)) {
    if (!marked) {
      parent.append(text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = text;
    parent.append(mark);
  }
}
