/**
 * The check's rules on single files, each on the smallest file that shows it: dates that are not
 * real days or not written ÅÅÅÅ-MM-DD, empty texts, placeholders left from `npm run ny`, redirects
 * onto the site's own addresses, schema problems and where a file belongs. Each case names the
 * file, line, field and the Swedish sentence the editor reads.
 */
import { describe, expect, it } from 'vitest';
import { checkBodies } from '../../src/check/body-check.ts';
import { checkDates } from '../../src/check/date-check.ts';
import { checkPlaceholders } from '../../src/check/placeholder-check.ts';
import { checkRedirects } from '../../src/check/redirect-check.ts';
import { bestFit, checkSchemas, schemaIssuesOf } from '../../src/check/schema-check.ts';
import { parseContentFile, parseFrontMatter, validateContentFiles, type ContentFile } from '../../src/check/read-content.ts';
import { error } from '../../src/plan/issues.ts';
import type { PageUrl } from '../../src/plan/published-urls.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import type { ReservedPaths } from '../../src/security/reserved.ts';
import { rawEntry } from '../helpers/fixtures.ts';
import { stringify } from 'yaml';

function fileOf(collection: CollectionName, frontMatter: string, body = '\nText.\n', id = 'test'): ContentFile {
  const filePath = `content/${COLLECTIONS[collection].folder}/${id}.md`;
  const file = parseContentFile(collection, filePath, `---\n${frontMatter}\n---\n${body}`);
  if (Array.isArray(file)) throw new Error(file[0]?.message);
  return file;
}

describe('dates', () => {
  const dated = (date: string) => fileOf('events', `title: Något.\ndate: ${date}\nsources:\n  - title: Källa\n    date: "${date}"`);

  it.each(['2018-02-29', '2018-04-31', '2018-13-01', '2018-00-10', '2018-05-00', '0099-01-01'])('refuses %s, which the calendar does not have', (date) => {
    expect(checkDates([dated(date)])).toEqual([
      error({ file: 'content/tidslinje/test.md', line: 3, field: 'date', code: 'malformed-date', message: `Fältet \`date\` har datumet \`${date}\`, som inte finns i kalendern. Rätta månad och dag (ÅÅÅÅ-MM-DD).` }),
      error({
        file: 'content/tidslinje/test.md', line: 6, field: 'sources.0.date', code: 'malformed-date',
        message: `Fältet \`date\` (i \`sources\`, punkt 1) har datumet \`${date}\`, som inte finns i kalendern. Rätta månad och dag (ÅÅÅÅ-MM-DD).`,
      }),
    ]);
  });

  it.each([
    ['2018-5-4', '2018-05-04'],
    ['2018-05-4', '2018-05-04'],
    ['2018-5-04', '2018-05-04'],
    ['2018-12-1T10:00', '2018-12-01'],
  ])('asks for two digits in %s', (date, fixed) => {
    const [issue] = checkDates([dated(date)]);
    expect(issue).toEqual(error({
      file: 'content/tidslinje/test.md', line: 3, field: 'date', code: 'malformed-date',
      message: `Fältet \`date\` har datumet \`${date}\`. Skriv månad och dag med två siffror var: \`${fixed}\`.`,
    }));
  });

  it.each(['2018-05-04', '2020-02-29', '2018-05-04T10:00:00Z', '2018', '2018-05', 'våren 2018', '12018-05-04', '2018-05-04 och 2019', 'x2018-05-04'])(
    'accepts %s, or leaves it to the schema',
    (date) => expect(checkDates([dated(date)])).toEqual([]),
  );
});

describe('empty texts', () => {
  it('are refused where the page is the text, with what the text should hold, on the line after front matter', () => {
    const goal = fileOf('goals', 'title: Mål', '\n<!-- att skriva -->\n  \n');
    expect(checkBodies([goal])).toEqual([
      error({
        file: 'content/mal/test.md', line: 4, code: 'empty-body',
        message: 'Filen har ingen text under front matter. Här ska målets text stå: skriv den på raderna efter den andra `---`-raden.',
      }),
    ]);
  });

  it('are allowed where the page is not the text, and a text is enough', () => {
    expect(checkBodies([fileOf('contacts', 'role: Samordnare', '')])).toEqual([]);
    expect(checkBodies([fileOf('goals', 'title: Mål', '<!-- a -->Text.<!-- b -->')])).toEqual([]);
    expect(checkBodies([fileOf('goals', 'title: Mål', '<!-- a --> Text. <!--\nb -->\n')])).toEqual([]);
  });
});

describe('placeholders', () => {
  it('are refused in published fields and text, each on its line', () => {
    const file = fileOf('goals', 'title: "FYLL I: title"\ncounterpart: fyll-i\nsources:\n  - title: FYLL I\n    publisher: Fyll i senare', '\nFörsta raden.\nFYLL I: målets text.\n');
    expect(checkPlaceholders([file])).toEqual([
      error({
        file: 'content/mal/test.md', line: 2, field: 'title', code: 'placeholder',
        message: 'Fältet `title` har kvar platshållaren `FYLL I: title`. Skriv det riktiga värdet, eller sätt tillbaka `draft: true` tills posten är klar.',
      }),
      error({
        file: 'content/mal/test.md', line: 3, field: 'counterpart', code: 'placeholder',
        message: 'Fältet `counterpart` har kvar platshållaren `fyll-i`. Skriv det riktiga värdet, eller sätt tillbaka `draft: true` tills posten är klar.',
      }),
      error({
        file: 'content/mal/test.md', line: 5, field: 'sources.0.title', code: 'placeholder',
        message: 'Fältet `title` (i `sources`, punkt 1) har kvar platshållaren `FYLL I`. Skriv det riktiga värdet, eller sätt tillbaka `draft: true` tills posten är klar.',
      }),
      error({
        file: 'content/mal/test.md', line: 10, code: 'placeholder',
        message: 'Texten har kvar platshållaren "FYLL I". Skriv den riktiga texten, eller sätt tillbaka `draft: true` tills posten är klar.',
      }),
    ]);
  });

  it('are not seen in words that only contain them', () => {
    const file = fileOf('goals', 'title: Att FYLL I\ncounterpart: fyll-i-senare\nnumber: 3', '\nVi fyll i.\n');
    expect(checkPlaceholders([file])).toEqual([]);
    const first = fileOf('goals', 'title: Mål', 'FYLL I överst.\n');
    expect(checkPlaceholders([first]).map((issue) => issue.line)).toEqual([first.bodyLine]);
  });
});

describe('redirects onto the site’s own addresses', () => {
  const reserved: ReservedPaths = { exact: new Map([['/sok/', 'src/pages/sok.astro']]), prefixes: new Map([['/data/', 'src/pages/data/plan.json.ts']]) };
  const file = fileOf('goals', 'title: Mål\nredirectFrom:\n  - /gammal/\n  - /sok/\n  - /data/x/');
  const page = (url: string, redirect: boolean): PageUrl => ({ url, file: file.filePath, id: 'test', field: 'redirectFrom', redirect, collection: 'goals' });

  it('are refused on the line of the address, naming what owns it', () => {
    const issues = checkRedirects([page('/gammal/', true), page('/sok/', true), page('/sok/', false), page('/data/x/', true)], reserved, [file]);
    const message = (url: string, owner: string) =>
      `Adressen \`${url}\` i \`redirectFrom\` tillhör webbplatsen själv (\`${owner}\`) och kan inte leda till en post. Ta bort raden; ange bara adresser som den här posten själv har haft.`;
    expect(issues).toEqual([
      error({ file: file.filePath, line: 5, field: 'redirectFrom', code: 'redirect-reserved', message: message('/sok/', 'src/pages/sok.astro') }),
      error({ file: file.filePath, line: 6, field: 'redirectFrom', code: 'redirect-reserved', message: message('/data/x/', 'src/pages/data/plan.json.ts') }),
    ]);
  });

  it('have no line when the file is not among those read', () => {
    const [issue] = checkRedirects([{ ...page('/sok/', true), file: 'content/mal/annan.md' }], reserved, [file]);
    expect(issue).toMatchObject({ file: 'content/mal/annan.md', line: undefined, code: 'redirect-reserved' });
  });
});

describe('schema problems', () => {
  const goal = (fields: Record<string, unknown>, remove: string[] = []) => {
    const raw = { ...rawEntry('goals', fields) } as Record<string, unknown>;
    for (const key of remove) delete raw[key];
    return fileOf('goals', stringify(raw).trimEnd());
  };

  it('give each problem its code, line and field', () => {
    const file = goal({ number: 'två', targetGroup: 'vuxen', titel: 'Mål', period: { from: 2018, to: 2020, extendedTo: 'nej' } }, ['title']);
    expect(schemaIssuesOf(file).map((issue) => [issue.code, issue.line, issue.field])).toEqual([
      ['wrong-type', 3, 'number'],
      ['unknown-value', 4, 'targetGroup'],
      ['wrong-type', 8, 'period.extendedTo'],
      ['unknown-field', 11, 'titel'],
    ]);
  });

  it('call a field that is not there missing, and a date in the wrong form a malformed date', () => {
    const file = goal({ sources: [{ title: 'Källa', date: '4/5/2018' }] }, ['period']);
    expect(schemaIssuesOf(file).map((issue) => [issue.code, issue.field, issue.message])).toEqual([
      ['missing-field', 'period', 'Fältet `period` saknas, men det krävs i ett mål. Lägg till `period:` följt av en grupp av fält (`from`, `to` och `extendedTo`), indragna under fältet.'],
      ['malformed-date', 'sources.0.date', 'Fältet `date` (i `sources`, punkt 1) ska skrivas ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`, men här står `4/5/2018`. Menade du `2018-05-04`?'],
    ]);
  });

  it('use the schema author’s own message, and codes for lists, limits and forms', () => {
    const file = goal({ sources: [], number: 0, counterpart: 'Vuxna 3:2', indicators: 'en' });
    expect(schemaIssuesOf(file).map((issue) => [issue.code, issue.field, issue.message])).toEqual([
      ['too-small', 'number', 'Fältet `number` är talet `0`, men ska vara ett heltal från 1 till 999.'],
      ['too-small', 'sources', 'Fältet `sources` är en tom lista. Ange minst en källa (sources).'],
      ['wrong-format', 'counterpart', 'Fältet `counterpart` har fel form: texten `Vuxna 3:2`. Ange filnamnet utan ändelse, t.ex. `vuxna-3-2`. Menade du `vuxna-3-2`?'],
      [
        'wrong-type', 'indicators',
        'Fältet `indicators` ska vara en lista med id:n med små bokstäver a–z, siffror och bindestreck, men är texten `en`. Skriv en lista: varje värde på en egen rad som börjar med `- `, indragen under fältet.',
      ],
    ]);
  });

  it('give a misspelt field one message, not also one for the field it misspells', () => {
    const file = goal({ titel: 'Mål' }, ['title']);
    expect(schemaIssuesOf(file).map((issue) => [issue.code, issue.message])).toEqual([
      ['unknown-field', 'Fältet `titel` finns inte i ett mål. Menade du `title`? Rätta namnet.'],
    ]);
    const both = goal({ titel: 'Mål' });
    expect(schemaIssuesOf(both).map((issue) => issue.code)).toEqual(['unknown-field']);
    const far = goal({ rubrik: 'Mål' }, ['title']);
    expect(schemaIssuesOf(far).map((issue) => issue.code).sort()).toEqual(['missing-field', 'unknown-field']);
  });

  it('read the file as another collection when asked', () => {
    const file = fileOf('goals', stringify(rawEntry('indicators')).trimEnd());
    expect(schemaIssuesOf(file, 'indicators')).toEqual([]);
    expect(schemaIssuesOf(file).length).toBeGreaterThan(0);
  });
});

describe('where a file belongs', () => {
  it('is the collection whose schema its fields fit with the fewest problems, other than its own if asked', () => {
    expect(bestFit(rawEntry('indicators'))).toEqual({ collection: 'indicators', problems: 0 });
    expect(bestFit(rawEntry('indicators'), 'indicators')?.collection).not.toBe('indicators');
    expect(bestFit(rawEntry('indicators'), 'indicators')!.problems).toBeGreaterThan(0);
  });

  it('is named instead of the file’s own problems when its fields fit another collection exactly', () => {
    const file = fileOf('goals', stringify(rawEntry('indicators')).trimEnd());
    const { failures } = validateContentFiles([file]);
    const own = schemaIssuesOf(file).length;
    expect(checkSchemas(failures)).toEqual([
      error({
        file: 'content/mal/test.md', line: 1, code: 'wrong-folder',
        message: `Filen ser ut att vara en indikator: fälten passar samlingen i \`content/indikatorer/\`, men filen ligger i \`content/mal/\` (där den har ${own} fel). Flytta den till \`content/indikatorer/\`.`,
      }),
    ]);
  });

  it('is not named when no collection fits exactly', () => {
    const file = fileOf('goals', stringify({ ...rawEntry('goals'), number: 'två' }).trimEnd());
    const { failures } = validateContentFiles([file]);
    expect(checkSchemas(failures).map((issue) => issue.code)).toEqual(['wrong-type']);
  });
});

describe('validating files', () => {
  it('sorts files into published entries, drafts and failures', () => {
    const ok = fileOf('goals', stringify(rawEntry('goals')).trimEnd(), '\nText.\n', 'vuxna-3-2');
    const draft = fileOf('goals', stringify({ ...rawEntry('goals'), draft: true }).trimEnd(), '\nText.\n', 'utkast');
    const bad = fileOf('goals', stringify({ ...rawEntry('goals'), number: 'x' }).trimEnd(), '\nText.\n', 'fel');
    const { content, failures, drafts } = validateContentFiles([ok, draft, bad]);
    expect(content.goals.map((entry) => [entry.id, entry.filePath])).toEqual([['vuxna-3-2', 'content/mal/vuxna-3-2.md']]);
    expect(content.indicators).toEqual([]);
    expect(drafts).toEqual([draft]);
    expect(failures.map((failure) => [failure.file.id, failure.issues.map((issue) => issue.path.join('.'))])).toEqual([['fel', ['number']]]);
  });
});

describe('front matter', () => {
  it.each([
    ['no front matter', 'Bara text.\n'],
    ['an unclosed front matter', '---\ntitle: a\n'],
    ['a front matter not at the top', '\n---\ntitle: a\n---\n'],
  ])('is missing with %s', (_, text) => {
    expect(parseFrontMatter('f.md', text)).toEqual([{
      filePath: 'f.md', line: 1, kind: 'no-front-matter',
      message: 'Filen saknar front matter. Överst i filen ska det stå en rad med `---`, sedan fälten (`namn: värde`), sedan en rad med `---` igen.',
    }]);
  });

  it('is read with a byte order mark, CRLF, spaces after the closing line, and no body', () => {
    const parsed = parseFrontMatter('f.md', '\uFEFF---\r\ntitle: a\r\n---  \r\nText.\r\n');
    expect(parsed).toMatchObject({ raw: { title: 'a' }, body: 'Text.\r\n', bodyLine: 4 });
    expect(parseFrontMatter('f.md', '---\ntitle: a\n---')).toMatchObject({ raw: { title: 'a' }, body: '', bodyLine: 3 });
    expect(parseFrontMatter('f.md', '---\n---\nText.')).toMatchObject({ raw: {}, body: 'Text.', bodyLine: 3 });
  });

  it('reads an unquoted day as a date, as Astro does', () => {
    expect(parseFrontMatter('f.md', '---\ndate: 2018-05-04\n---\n')).toMatchObject({ raw: { date: new Date(Date.UTC(2018, 4, 4)) } });
  });

  it.each([
    ['a list', '- a\n- b'],
    ['only text', 'bara text'],
  ])('is refused when it is %s', (_, yaml) => {
    expect(parseFrontMatter('f.md', `---\n${yaml}\n---\n`)).toEqual([{
      filePath: 'f.md', line: 2, kind: 'not-a-mapping',
      message: 'Front matter ska vara en rad per fält, `namn: värde`, men här står något annat (en lista eller bara text).',
    }]);
  });

  it('reports each line with YAML mistakes, on the file’s line', () => {
    const problems = parseFrontMatter('f.md', '---\na: b\n b: c\n  c: d\n---\n');
    expect(Array.isArray(problems) && problems.map((p) => [p.line, p.kind])).toEqual([[2, 'yaml'], [3, 'yaml']]);
  });

  it('refuses too many aliases, with a sentence about aliases and nesting', () => {
    const yaml = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 60 }, (_, i) => `b${i}: *a`)].join('\n');
    expect(parseFrontMatter('f.md', `---\n${yaml}\n---\n`)).toEqual([{
      filePath: 'f.md', line: 2, kind: 'yaml',
      message:
        'Front matter kan inte läsas: den hänvisar för många gånger till andra värden (`&namn` och `*namn`) eller är nästlad i för många nivåer. ' +
        'Skriv varje fält som `namn: värde`, med listor och underfält i högst några nivåer.',
    }]);
    const aliases = (n: number) => ['a: &a x', ...Array.from({ length: n }, (_, i) => `b${i}: *a`)].join('\n');
    expect(Array.isArray(parseFrontMatter('f.md', `---\n${aliases(49)}\n---\n`))).toBe(false);
    expect(Array.isArray(parseFrontMatter('f.md', `---\n${aliases(50)}\n---\n`))).toBe(true);
  });
});
