/**
 * Keeps words apart where compressed HTML glues them. Astro compresses HTML and lists render
 * element after element, so `<dt>Målgrupp</dt><dd>Vuxna</dd>` reaches Pagefind as the one word
 * "MålgruppVuxna" (Pagefind separates only some of the elements a browser shows apart). The
 * post-build pass writes a space into the pages where a block-level element meets another
 * element: there a browser renders no space, so the page looks the same, and Pagefind reads
 * two words. Between two inline elements a space would show, so those are left to the markup.
 */

/** A closing tag directly followed by an opening tag, unless the text after it is punctuation. */
const GLUED = /(<\/([a-zA-Z][\w-]*)>)(<([a-zA-Z][\w-]*)[^>]*>)(?![\s,.;:!?)\]–—])/g;

/** Elements laid out as blocks (or table parts): white space next to them is not rendered. */
const BLOCK = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(' '),
);

const separate = (all: string, closing: string, closed: string, opening: string, opened: string) =>
  BLOCK.has(closed.toLowerCase()) || BLOCK.has(opened.toLowerCase()) ? `${closing} ${opening}` : all;

/** Elements whose text is kept as written (white space shows) or is not text at all. */
const RAW = /(<(pre|textarea|script|style)\b[\s\S]*?<\/\2\s*>)/i;

export function separateAdjacentElements(html: string): string {
  // `split` with two captures yields [text, raw element, its tag name, text, ...].
  return html
    .split(RAW)
    .map((part, i) => [part.replace(GLUED, separate), part, ''][i % 3])
    .join('');
}
