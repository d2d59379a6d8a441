/**
 * Reads a built page with parse5, as a browser would, and gives it the policy its template
 * declared. Nothing on the page can widen the policy: a page with an inline script, an event
 * handler attribute, a `style` attribute or a `javascript:` address is a problem that fails the
 * build, because it would either be blocked by the policy or mean that content got through.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { contentSecurityPolicy, isCspNeed, NEEDS_META_NAME, SECURITY_HEADERS, type CspNeed } from './csp.ts';
import { urlScheme } from './markup-policy.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

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
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Every element under `node` (itself included), in document order, `<template>` contents too. */
function elements(node: Node): Element[] {
  // An explicit stack: nested generators cost a step per level for every element of a deep page.
  const found: Element[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if ('tagName' in current) found.push(current);
    if ('content' in current && current.nodeName === 'template') stack.push(current.content as unknown as Node);
    const children = 'childNodes' in current ? current.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function problemsOf(element: Element, inHead: boolean): string[] {
  const tag = element.tagName;
  const problems: string[] = [];
  for (const { name, value } of element.attrs) {
    if (/^on/i.test(name)) problems.push(`\`<${tag}>\` har händelseattributet \`${name}\`, som kör skript på sidan.`);
    if (name === 'style') problems.push(`\`<${tag}>\` har ett \`style\`-attribut. Lägg stilen i en CSS-fil.`);
    const scheme = URL_ATTRIBUTES.has(name) ? urlScheme(value) : undefined;
    if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) problems.push(`\`<${tag} ${name}>\` pekar på en adress som börjar med \`${scheme}:\`.`);
  }
  if (tag === 'script' && attr(element, 'src') === undefined && !DATA_BLOCK_TYPES.has((attr(element, 'type') ?? '').trim().toLowerCase())) {
    problems.push('Sidan har ett inbäddat `<script>`. Lägg skriptet i en egen fil och ladda det med `src`.');
  }
  if (tag === 'style') problems.push('Sidan har ett inbäddat `<style>`. Lägg stilen i en CSS-fil.');
  if (tag === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
    problems.push('Sidan har redan en Content-Security-Policy i en `<meta>`-tagg. Policyn skrivs av `src/security/csp.ts`; ta bort den andra.');
  }
  if (tag === 'meta' && attr(element, 'name') === NEEDS_META_NAME) {
    const value = attr(element, 'content') ?? '';
    if (!inHead) problems.push(`\`<meta name="${NEEDS_META_NAME}">\` gäller bara i \`<head>\`.`);
    else if (!isCspNeed(value)) problems.push(`\`<meta name="${NEEDS_META_NAME}">\` har värdet \`${value}\`, som inte finns i \`CSP_NEEDS\` i \`src/security/csp.ts\`.`);
  }
  return problems;
}

/** Checks one built page and inserts its policy; `problems` lists everything that stops the build. */
export function checkBuiltPage(html: string): CheckedPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const problems: PageProblem[] = [];
  const root = document.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'html');
  const head = root?.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'head');
  const headElements = new Set(head ? elements(head) : []);
  const needs = new Set<CspNeed>();
  const removals: [number, number][] = [];
  for (const element of elements(document)) {
    const line = element.sourceCodeLocation?.startLine;
    const inHead = headElements.has(element);
    for (const message of problemsOf(element, inHead)) problems.push({ line, message });
    const value = attr(element, 'content') ?? '';
    if (element.tagName === 'meta' && attr(element, 'name') === NEEDS_META_NAME && inHead && isCspNeed(value)) {
      needs.add(value);
      const at = element.sourceCodeLocation;
      if (at) removals.push([at.startOffset, at.endOffset]);
    }
  }
  const charset = head?.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'meta' && attr(node, 'charset') !== undefined);
  const insertAt = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
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
