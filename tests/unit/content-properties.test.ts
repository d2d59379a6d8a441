/**
 * Property test (fast-check): for every collection, generated front matter and markdown with raw
 * HTML never make the check throw, and whatever the markup check accepts renders into HTML
 * without an executable element, handler or script address. 1,000 cases per collection (fewer
 * under mutation testing, see tests/helpers/property-runs.ts); the
 * check's functions are called directly (no CLI, no build) to keep it fast.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { markdownToHtml } from 'satteri';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseContentFile, validateContentFiles } from '../../src/check/read-content.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/collections.ts';
import { checkMarkup } from '../../src/security/markup-check.ts';
import { tokenize } from '../../src/security/html-tokens.ts';
import { FIXTURES } from '../helpers/scenario.ts';
import { propertyRuns } from '../helpers/property-runs.ts';

const RUNS = propertyRuns(1000);

/** Pieces a careless or hostile editor might write; fast-check combines them. */
const tagName = fc.constantFrom('abbr', 'span', 'em', 'sup', 'script', 'img', 'svg', 'a', 'iframe', 'style', 'div', 'math', 'textarea', 'SCRIPT', 'ScRiPt', 'scr<script', 'x');
const attrName = fc.constantFrom('title', 'lang', 'onerror', 'onload', 'ONCLICK', 'href', 'src', 'style', 'id', 'srcdoc', 'xlink:href', 'set:html');
const attrValue = fc.constantFrom('x', 'javascript:alert(1)', 'JaVa&#x09;ScRiPt:alert(1)', '&#106;avascript:1', 'data:text/html,<script>1</script>', '"', "'", '</title>', '"><script>alert(1)</script>', 'https://example.org/', '/om/');
const quote = fc.constantFrom('"', "'", '');
const attribute = fc.tuple(fc.constantFrom(' ', '\n', '/', '\t'), attrName, quote, attrValue).map(([sep, name, q, value]) => `${sep}${name}=${q}${value}${q}`);
const tag = fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', '', ' ')).map(([name, attrs, end]) => `<${name}${attrs.join('')}${end}`);
const piece = fc.oneof(
  tag,
  tagName.map((name) => `</${name}>`),
  fc.constantFrom('<!--', '-->', '<!-->', '--!>', '<!DOCTYPE html>', '<![CDATA[', ']]>', '<?php', '&lt;script&gt;', '&#60;', '`<script>`', '```\n<script>\n```', '\n\n', '\n', '> ', '- ', '| a |\n| :-: |', '{', '}'),
  fc.constantFrom('[länk](javascript:alert(1))', '[länk](/om/)', '![bild](data:image/png;base64,AA)', '![bild](/bild.png)', '<javascript:alert(1)>', '[a][r]\n\n[r]: vbscript:x', '[a](JAVASCRIPT:x)'),
  fc.string({ maxLength: 12 }),
);
const body = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const trickyText = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('</title><script>alert(1)</script>', '"quoted" & \'single\'', '<script>', 'javascript:alert(1)', '4/5/2018', '2018-02-31', ''));

/** One valid example per collection, from the base fixture (or the every-page plan, which has them all). */
function baseOf(folder: string): { name: string; raw: Record<string, unknown> } {
  const base = join(FIXTURES, 'base/content', folder);
  const dir = existsSync(base) ? base : join(FIXTURES, 'every-page/content', folder);
  const name = readdirSync(dir).sort()[0]!;
  const text = readFileSync(join(dir, name), 'utf8');
  const parsed = parseContentFile('pages', name, text);
  if (Array.isArray(parsed)) throw new Error(`${name} in the base fixture does not parse`);
  return { name, raw: parsed.raw as Record<string, unknown> };
}

/** Replaces or adds one field with a tricky value, or writes YAML no schema expects. */
const frontMatter = (raw: Record<string, unknown>) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(raw), 'url', 'redirectFrom', 'date', 'website'), fc.oneof(trickyText, fc.array(trickyText, { maxLength: 3 }))).map(
      ([key, value]) => stringify({ ...raw, [key]: value }),
    ),
    fc.constantFrom('- a\n- b\n', 'a: &a [1]\nb: [*a, *a, *a]\n', 'title: "open', '[[[[[[[[', 'x: !!binary AAAA\n', ''),
    fc.string({ maxLength: 40 }),
  );

function executable(html: string): string[] {
  return tokenize(html).tags.flatMap((t) => [
    ...(!t.closing && ['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'base', 'meta', 'link', 'form'].includes(t.name) ? [t.name] : []),
    ...t.attributes.filter((a) => /^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc').map((a) => `${t.name} ${a.name}`),
    // Only addresses are followed; `title="javascript:1"` is text.
    ...t.attributes
      .filter((a) => ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'].includes(a.name))
      .filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\t\n\r]/g, '')))
      .map((a) => `${t.name} ${a.name}=${a.value}`),
  ]);
}

describe.each(COLLECTION_NAMES)('generated content for %s', (collection) => {
  const { folder, pattern } = COLLECTIONS[collection];
  const { name, raw } = baseOf(folder);
  const format = pattern.includes('mdx') ? fc.constantFrom('md', 'mdx') : fc.constant('md');

  it(`never throws, and what it accepts renders without script (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(frontMatter(raw), body, format, async (yaml, markdown, ext) => {
        const filePath = `content/${folder}/${name.replace(/\.mdx?$/, `.${ext}`)}`;
        const parsed = parseContentFile(collection, filePath, `---\n${yaml}\n---\n\n${markdown}\n`);
        if (!Array.isArray(parsed)) validateContentFiles([parsed]);
        else for (const problem of parsed) expect(problem.message).toMatch(/[åäö]|Front matter|Filen/);
        const problems = await checkMarkup(markdown, ext === 'mdx' ? 'mdx' : 'markdown');
        for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
        if (problems.length === 0 && ext === 'md') expect(executable(markdownToHtml(markdown, {}).html)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
