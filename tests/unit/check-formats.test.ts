/** The check's machine formats: GitHub annotations (with GitHub's escaping), the job summary, JSON. */
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/plan/issues.ts';
import { escapeData, escapeProperty, formatOf, githubAnnotation, jsonReport, markdownSummary } from '../../src/check/formats.ts';

const tricky = error({
  file: 'content/mal/vuxna,3:2.md',
  line: 7,
  code: 'unknown-field',
  field: 'titel',
  message: 'Fältet `titel` finns inte: 100 % fel.\nMenade du `title`?\r\nSkriv | inte.',
});

describe('GitHub annotations', () => {
  it('escape %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
  });

  it('put each problem on its file and line, with a Swedish title naming the code and field', () => {
    expect(githubAnnotation(tricky)).toBe(
      '::error file=content/mal/vuxna%2C3%3A2.md,line=7,title=Fel i innehållet (unknown-field%2C titel)::' +
        'Fältet `titel` finns inte: 100 %25 fel.%0AMenade du `title`?%0D%0ASkriv | inte.',
    );
    expect(githubAnnotation(warning({ file: 'content/urls.txt', code: 'url-manifest-missing', message: 'Saknas.' }))).toBe(
      '::warning file=content/urls.txt,title=Varning i innehållet (url-manifest-missing)::Saknas.',
    );
  });

  it('stay one line each, whatever the message holds', () => {
    expect(githubAnnotation(tricky).split('\n')).toHaveLength(1);
  });
});

describe('job summary and JSON', () => {
  it('list the problems in a Markdown table, one row each, with pipes escaped', () => {
    const table = markdownSummary(3, [tricky]);
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(rows[0]).toBe('| Typ | Fil | Rad | Problem |');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('| fel | `content/mal/vuxna,3:2.md` | 7 |');
    expect(rows[1]).toContain('Skriv \\| inte.');
    expect(markdownSummary(3, [])).toContain('3 filer kontrollerade, inga fel.');
    expect(markdownSummary(3, [])).not.toContain('| Typ');
  });

  it('give tools every field of every problem, with counts', () => {
    const data = JSON.parse(jsonReport(3, [tricky]));
    expect(data).toEqual({ fileCount: 3, errors: 1, warnings: 0, issues: [{ ...tricky }] });
  });
});

describe('--format', () => {
  it('defaults to text and accepts github and json, in both spellings', () => {
    expect(formatOf([])).toBe('text');
    expect(formatOf(['--format', 'github'])).toBe('github');
    expect(formatOf(['--lix', '--format=json'])).toBe('json');
    expect(() => formatOf(['--format', 'xml'])).toThrowErrorMatchingInlineSnapshot(`[Error: Okänt format \`xml\` för \`--format\`. Välj \`text\`, \`github\`, \`json\`.]`);
  });
});
