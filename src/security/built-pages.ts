/**
 * Reads a built page with parse5's SAX parser, token by token as a browser's tokenizer reads it,
 * and gives it the policy its template declared. Nothing on the page can widen the policy: a
 * page with an inline script, an event handler attribute, a `style` attribute or a `javascript:`
 * address is a problem that fails the build, because it would either be blocked by the policy or
 * mean that content got through.
 *
 * Tokens, not a tree: every start tag is seen, also those a tree builder drops or merges (a
 * second `<body onload>`), and no page is held as a tree (a large page's tree takes hundreds of
 * MB). The SAX parser switches the tokenizer into raw text and foreign content as the tree
 * builder would, so `<script>` text and `<svg>` read as they do in a browser.
 */
import type { Token } from 'parse5';
import { SAXParser } from 'parse5-sax-parser';
import { contentSecurityPolicy, isCspNeed, NEEDS_META_NAME, SECURITY_HEADERS, type CspNeed } from './csp.ts';
import { urlScheme } from './markup-policy.ts';

export interface PageProblem {
  line: number | undefined;
  message: string;
}

export interface CheckedPage {
  problems: PageProblem[];
  /** The page with its policy as the first thing after the charset, when there are no problems. */
  html: string;
  needs: CspNeed[];
}

/** `type`s a browser does not run: data blocks such as JSON-LD. */
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json']);
/** Attributes that hold an address. In SVG, parse5 gives `xlink:href` as `href` with its prefix apart. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'background']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * What keeps `<head>` open (the HTML standard's "in head" insertion mode). Anything else ends it,
 * as it does in a browser. `<template>` ends it here too: its content is a fragment of its own.
 */
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script']);
/** Head elements whose content the tokenizer reads as text, not as tags. */
const HEAD_TEXT = new Set(['title', 'noscript', 'noframes', 'style', 'script']);

const attr = (tag: Token.TagToken, name: string) => tag.attrs.find((a) => a.name === name)?.value;

function problemsOf(tag: Token.TagToken, inHead: boolean): string[] {
  const name = tag.tagName;
  const problems: string[] = [];
  for (const { name: attribute, value } of tag.attrs) {
    if (/^on/i.test(attribute)) problems.push(`\`<${name}>\` har händelseattributet \`${attribute}\`, som kör skript på sidan.`);
    if (attribute === 'style') problems.push(`\`<${name}>\` har ett \`style\`-attribut. Lägg stilen i en CSS-fil.`);
    const scheme = URL_ATTRIBUTES.has(attribute) ? urlScheme(value) : undefined;
    if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) problems.push(`\`<${name} ${attribute}>\` pekar på en adress som börjar med \`${scheme}:\`.`);
  }
  if (name === 'script' && attr(tag, 'src') === undefined && !DATA_BLOCK_TYPES.has((attr(tag, 'type') ?? '').trim().toLowerCase())) {
    problems.push('Sidan har ett inbäddat `<script>`. Lägg skriptet i en egen fil och ladda det med `src`.');
  }
  if (name === 'style') problems.push('Sidan har ett inbäddat `<style>`. Lägg stilen i en CSS-fil.');
  if (name === 'meta' && attr(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
    problems.push('Sidan har redan en Content-Security-Policy i en `<meta>`-tagg. Policyn skrivs av `src/security/csp.ts`; ta bort den andra.');
  }
  if (name === 'meta' && attr(tag, 'name') === NEEDS_META_NAME) {
    const value = attr(tag, 'content') ?? '';
    if (!inHead) problems.push(`\`<meta name="${NEEDS_META_NAME}">\` gäller bara i \`<head>\`.`);
    else if (!isCspNeed(value)) problems.push(`\`<meta name="${NEEDS_META_NAME}">\` har värdet \`${value}\`, som inte finns i \`CSP_NEEDS\` i \`src/security/csp.ts\`.`);
  }
  return problems;
}

/**
 * One page's tokens, in order. The SAX parser calls these handlers with parse5's tokens; no
 * events are emitted and no text is gathered. `<head>` counts as open only from its own start
 * tag until something a browser would not keep in it, so a declaration that could be read as
 * outside `<head>` is never taken for one inside it.
 */
class PageReader extends SAXParser {
  readonly problems: PageProblem[] = [];
  readonly needs = new Set<CspNeed>();
  /** Needs declarations to cut from the page, as offsets. */
  readonly removals: [number, number][] = [];
  /** Where the policy goes: after the charset declaration, or else after `<head>`. */
  afterCharset: number | undefined;
  afterHeadTag: number | undefined;
  #head: 'before' | 'open' | 'closed' = 'before';
  /** The head element whose text is being read (`<title>`, `<script>`, …). */
  #textOf: string | undefined;

  constructor() {
    super({ sourceCodeLocationInfo: true });
  }

  /** Reads a whole page at once, without the stream machinery (`read` is the stream's own method). */
  readPage(html: string): this {
    this.tokenizer.write(html, true);
    return this;
  }

  override onStartTag(tag: Token.TagToken): void {
    const name = tag.tagName;
    if (this.#head === 'before' && name === 'head') {
      this.#head = 'open';
      this.afterHeadTag = tag.location?.endOffset;
    } else if (this.#head === 'before' ? name !== 'html' : this.#head === 'open' && !HEAD_CONTENT.has(name)) {
      this.#head = 'closed';
    } else if (this.#head === 'open' && HEAD_TEXT.has(name)) {
      this.#textOf = name;
    }
    const inHead = this.#head === 'open';
    const line = tag.location?.startLine;
    for (const message of problemsOf(tag, inHead)) this.problems.push({ line, message });
    if (!inHead || name !== 'meta') return;
    if (this.afterCharset === undefined && attr(tag, 'charset') !== undefined) this.afterCharset = tag.location?.endOffset;
    const value = attr(tag, 'content') ?? '';
    if (attr(tag, 'name') === NEEDS_META_NAME && isCspNeed(value)) {
      this.needs.add(value);
      if (tag.location) this.removals.push([tag.location.startOffset, tag.location.endOffset]);
    }
  }

  override onEndTag(tag: Token.TagToken): void {
    if (this.#head === 'closed') return;
    if (this.#head === 'open' && tag.tagName === this.#textOf) this.#textOf = undefined;
    else this.#head = 'closed';
  }

  /** Text that is not whitespace ends `<head>`, except inside its text elements. */
  override onCharacter(): void {
    if (this.#head !== 'closed' && this.#textOf === undefined) this.#head = 'closed';
  }

  override onNullCharacter(): void {
    this.onCharacter();
  }

  override onWhitespaceCharacter(): void {}
}

/** Checks one built page and inserts its policy; `problems` lists everything that stops the build. */
export function checkBuiltPage(html: string): CheckedPage {
  const page = new PageReader().readPage(html);
  const { problems, needs, removals } = page;
  const insertAt = page.afterCharset ?? page.afterHeadTag;
  if (insertAt === undefined) problems.push({ line: undefined, message: 'Sidan har ingen `<head>` att lägga säkerhetspolicyn i.' });
  if (problems.length > 0) return { problems, html, needs: [...needs] };

  const policy = contentSecurityPolicy([...needs].sort(), 'meta');
  const tags = `<meta http-equiv="content-security-policy" content="${policy}"><meta name="referrer" content="${SECURITY_HEADERS['Referrer-Policy']}">`;
  // Cut from the end so earlier offsets stay valid; cuts before the insertion point move it.
  let out = html;
  let at = insertAt!;
  for (const [start, end] of removals.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(end);
    if (end <= at) at -= end - start;
  }
  out = out.slice(0, at) + tags + out.slice(at);
  return { problems, html: out, needs: [...needs] };
}

/** The message that fails the build: every page and what is wrong in it. */
export function formatPageProblems(pages: { page: string; problems: PageProblem[] }[]): string {
  const lines = pages.flatMap(({ page, problems }) =>
    problems.map(({ line, message }) => `  - \`${page}\`${line ? ` rad ${line}` : ''}: ${message}`),
  );
  return (
    `Bygget stoppades: ${lines.length} fel i de byggda sidorna kan köra skript eller stil som säkerhetspolicyn inte tillåter.\n` +
    `${lines.join('\n')}\n` +
    'Webbplatsens egna skript ska ligga i egna filer (`src/scripts/`), stilar i CSS-filer. Säkerhetspolicyn får aldrig hashar eller nonce för det som står på sidan.'
  );
}
