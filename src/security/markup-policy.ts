/**
 * The one markup policy: what an editor may write inside markdown in `content/`. The rules are an
 * allowlist: raw HTML may use a few inline tags with harmless attributes, and links and images a
 * few URL schemes (MDX's extra rules are in `mdx-policy.ts`). Raw HTML is read by a browser's
 * tokenizer (`html-tokens.ts`), never by a regular expression. Everything else is reported, so an
 * editor's file can never put script on a page. Pure functions: `markup-check.ts` walks the
 * parsed tree, these decide.
 */
import { tokenize } from './html-tokens.ts';
import { ADDRESS_ADVICE, ALLOWED_SCHEMES, urlScheme } from './url.ts';

/** Inline tags that carry meaning markdown has no syntax for (abbreviations, languages, indices). */
export const ALLOWED_TAGS = [
  'abbr', 'b', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'wbr',
] as const;

/** `lang` marks a foreign phrase for screen readers (WCAG 3.1.2); `title` explains an `<abbr>`. */
export const ALLOWED_ATTRIBUTES = ['lang', 'title'] as const;

export { ALLOWED_SCHEMES, urlScheme } from './url.ts';

/** Attributes whose value a browser follows as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'cite', 'data', 'xlinkHref']);

const tagList = ALLOWED_TAGS.map((tag) => `\`<${tag}>\``).join(', ');

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
  return `${where} pekar på \`${readable(url)}\`, som börjar med \`${scheme}:\`. ${ADDRESS_ADVICE}`;
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

/** A problem in a piece of raw HTML, at a line counted from the piece's first line (1). */
export interface RawHtmlProblem {
  line: number;
  message: string;
}

/**
 * Raw HTML as the markdown parser passed it on (`<abbr title="...">`, `</abbr>`, or a whole block),
 * tokenized as a browser tokenizes it. Every start tag must be allowed, with allowed attributes;
 * a doctype is not content; and the piece must end where it started, outside any tag or comment,
 * so that text after it can never be read as part of a tag.
 */
export function rawHtmlProblems(raw: string): RawHtmlProblem[] {
  const { tags, doctypes, unfinished } = tokenize(raw);
  const problems: RawHtmlProblem[] = [];
  // A closing tag repeats what its opening tag was already reported for.
  for (const tag of tags.filter((t) => !t.closing)) {
    for (const message of checkTag(tag.name, [])) problems.push({ line: tag.line, message });
    for (const attribute of tag.attributes) {
      for (const message of checkTag('span', [attribute.name])) problems.push({ line: attribute.line, message: message.replace('`<span>`', `\`<${tag.name.toLowerCase()}>\``) });
    }
  }
  for (const line of doctypes) problems.push({ line, message: '`<!DOCTYPE>` hör inte hemma i en innehållsfil. Ta bort raden.' });
  if (unfinished !== undefined) {
    problems.push({
      line: unfinished,
      message: 'HTML-koden här är inte avslutad: en tagg, ett citattecken eller en kommentar (`<!-- -->`) stängs inte. Avsluta den, eller skriv innehållet med markdown.',
    });
  }
  return problems;
}

/** The messages of `rawHtmlProblems`, for callers that do not need lines. */
export const checkRawHtml = (raw: string): string[] => rawHtmlProblems(raw).map((problem) => problem.message);

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
