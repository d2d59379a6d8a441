/**
 * The corpus in `tests/fixtures/hostile/`: one folder per malicious or malformed input, written
 * from the HTML standard's tokenizer states, the MDX syntax and OWASP's XSS filter-evasion list.
 * Each folder's `case.json` says why the case exists and what the check must say: the file, the
 * line where one can be named, the message code and words of the Swedish message. Cases marked
 * `inert` are accepted, and their body renders without any executable element. The check must
 * never throw, whatever the input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/plan/issues.ts';
import { checkContent } from '../../src/check/run-check.ts';
import { parseFrontMatter } from '../../src/check/read-content.ts';
import { MAX_CONTENT_BYTES } from '../../src/security/content-file.ts';
import { tokenize } from '../../src/security/html-tokens.ts';
import { FIXTURES, scenario } from '../helpers/scenario.ts';

interface Expected {
  file: string;
  line?: number;
  code?: string;
  message?: string;
}
interface Case {
  why: string;
  inert?: boolean;
  expect?: Expected[];
}

const HOSTILE = join(FIXTURES, 'hostile');
const cases = readdirSync(HOSTILE).sort().map((name) => ({ name, ...(JSON.parse(readFileSync(join(HOSTILE, name, 'case.json'), 'utf8')) as Case) }));

/** Every element and attribute in rendered HTML that would run script. */
function executable(html: string): string[] {
  return tokenize(html).tags.flatMap((tag) => [
    ...(tag.closing ? [] : tag.name === 'script' ? ['<script>'] : []),
    ...tag.attributes.filter((a) => /^on/i.test(a.name)).map((a) => `${tag.name} ${a.name}`),
    ...tag.attributes.filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value)).map((a) => `${tag.name} ${a.name}=${a.value}`),
  ]);
}

describe('the hostile corpus', () => {
  it('has at least 40 cases, each with a reason', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const { name, why } of cases) expect(why, name).toMatch(/\w{3}/);
  });

  it.each(cases)('$name', async ({ name, inert, expect: expected = [] }) => {
    const { root, contentDir } = await scenario(`hostile/${name}`);
    const { issues, files } = await checkContent({ contentDir, root });
    if (inert) {
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      const file = files.find((f) => f.filePath === 'content/uppdrag/testuppdrag.md')!;
      expect(executable(markdownToHtml(file.body, {}).html)).toEqual([]);
      return;
    }
    expect(hasErrors(issues)).toBe(true);
    for (const want of expected) {
      const match = issues.find(
        (issue) =>
          issue.severity === 'error' &&
          issue.file === want.file &&
          (want.line === undefined || issue.line === want.line) &&
          (want.code === undefined || issue.code === want.code) &&
          (want.message === undefined || issue.message.includes(want.message)),
      );
      expect(match, `${name}: ${JSON.stringify(want)}\nfound:\n${issues.map((i) => `${i.file}:${i.line} ${i.code} ${i.message}`).join('\n')}`).toBeDefined();
    }
  });

  it('refuses a huge file before reading it', async () => {
    const { root, contentDir } = await scenario('base');
    await writeFile(join(contentDir, 'mal/vuxna-1-2.md'), `---\ntitle: x\n---\n\n${'Text. '.repeat(MAX_CONTENT_BYTES / 5)}`);
    const { issues } = await checkContent({ contentDir, root });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/mal/vuxna-1-2.md', code: 'too-large', message: expect.stringContaining('kB') }));
  });

  it('reads front matter the same way in any order of aliases, without expanding a bomb', () => {
    const text = readFileSync(join(HOSTILE, 'yaml-alias-bomb/content/mal/vuxna-1-2.md'), 'utf8');
    const started = performance.now();
    const parsed = parseFrontMatter('x.md', text);
    expect(Array.isArray(parsed) && parsed[0]?.kind).toBe('yaml');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
