/**
 * What an editor may write inside markdown in `content/`. The rules are an allowlist: raw HTML
 * may use a few inline tags with harmless attributes, and links and images a few URL schemes (MDX's
 * extra rules are in `safe-mdx.ts`). Everything else is reported, so an editor's file can never put
 * script on a page. Pure functions: `markup-check.ts` walks the parsed tree, these decide.
 */

/** Inline tags that carry meaning markdown has no syntax for (abbreviations, languages, indices). */
export const ALLOWED_TAGS = [
  'abbr', 'b', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'wbr',
] as const;

/** `lang` marks a foreign phrase for screen readers (WCAG 3.1.2); `title` explains an `<abbr>`. */
export const ALLOWED_ATTRIBUTES = ['lang', 'title'] as const;

/** Link and image addresses: the web, e-mail, phone, or a path on this site. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Attributes whose value a browser follows as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'cite', 'data', 'xlinkHref']);

const tagList = ALLOWED_TAGS.map((tag) => `\`<${tag}>\``).join(', ');

/** The scheme a browser would see, after it drops the whitespace and control characters it ignores. */
export function urlScheme(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/** The address as the editor wrote it: the markdown parser percent-encodes å, ä, ö. */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** A problem if the address may run script or load something unexpected (`javascript:`, `data:`). */
export function checkUrl(url: string, where: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `${where} pekar på \`${readable(url)}\`, som börjar med \`${scheme}:\`. Använd en adress som börjar med \`https://\`, \`http://\`, \`mailto:\`, \`tel:\` eller \`/\`.`;
}

/** Elements whose file the browser fetches while showing the page, not when a link is followed. */
const EMBEDDED = new Set(['img', 'source', 'video', 'audio', 'track', 'picture']);

/** Addresses on an element the markdown itself produced (`[text](url)`, `![alt](src)`). */
export function checkElementUrls(tagName: string, properties: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (!URL_ATTRIBUTES.has(name)) continue;
    for (const url of Array.isArray(value) ? value : [value]) {
      if (typeof url !== 'string') continue;
      const problem = checkUrl(url, tagName === 'a' ? 'En länk' : `Attributet \`${name}\` på \`<${tagName}>\``);
      if (problem) problems.push(problem);
      // Every image is served by the site itself: another site would learn who reads what.
      else if (EMBEDDED.has(tagName) && (urlScheme(url) !== undefined || url.trim().startsWith('//'))) {
        problems.push(
          `Bilden \`${readable(url)}\` hämtas från en annan webbplats. Spara bilden bland webbplatsens egna filer och ange en sökväg som börjar med \`/\`.`,
        );
      }
    }
  }
  return problems;
}

/** A tag from raw HTML or MDX: allowed tag, allowed attributes. */
export function checkTag(name: string, attributes: string[]): string[] {
  const tag = name.toLowerCase();
  const problems = (ALLOWED_TAGS as readonly string[]).includes(tag) ? [] : [`HTML-taggen \`<${tag}>\` är inte tillåten.`];
  for (const attribute of attributes.map((a) => a.toLowerCase())) {
    if (!(ALLOWED_ATTRIBUTES as readonly string[]).includes(attribute)) {
      problems.push(`Attributet \`${attribute}\` på \`<${tag}>\` är inte tillåtet.`);
    }
  }
  return problems;
}

const COMMENT = /^<!--[\s\S]*?-->/;
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Raw HTML as the markdown parser passed it on (`<abbr title="...">`, `</abbr>`, or a whole block).
 * Anything that is not text, a comment or a well-formed allowed tag is a problem: a lenient browser
 * parser must never find a tag this check did not see.
 */
export function checkRawHtml(raw: string): string[] {
  const problems: string[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    if (lt === -1) break;
    rest = rest.slice(lt);
    const comment = COMMENT.exec(rest);
    if (comment) {
      rest = rest.slice(comment[0].length);
      continue;
    }
    const tag = TAG.exec(rest);
    if (!tag) {
      problems.push(`HTML-koden \`${rest.slice(0, 40).trim()}\` kan inte kontrolleras. Skriv innehållet med markdown.`);
      break;
    }
    const [whole, closing, name = '', attributeText = ''] = tag;
    // A closing tag repeats what its opening tag was already reported for.
    if (!closing) problems.push(...checkTag(name, [...attributeText.matchAll(ATTRIBUTE)].map((match) => match[1] ?? '')));
    rest = rest.slice(whole.length);
  }
  return problems;
}

/** One problem, at a line of the file when the parser knows it. */
export interface MarkupProblem {
  line: number | undefined;
  message: string;
}

/** The one message an editor sees: the file, every problem in it with its line, and what to do. */
export function formatUnsafeContent(file: string, problems: MarkupProblem[]): string {
  const lines = [...new Set(problems.map(({ line, message }) => `  - ${line ? `rad ${line}: ` : ''}${message}`))];
  return (
    `Filen \`${file}\` innehåller markering som inte får publiceras (${lines.length} fel):\n${lines.join('\n')}\n` +
    `Tillåten HTML är taggarna ${tagList} med attributen \`lang\` och \`title\`. ` +
    'Skriv länkar och bilder med markdown, t.ex. `[länktext](https://exempel.se/)`, och använd inga egna `import`, `export` eller `{...}`-uttryck. ' +
    'Webbplatsen byggs inte förrän filen är rättad.'
  );
}
