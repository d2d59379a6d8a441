/**
 * The editors' check, module by module, where its wording and limits live: LIX and its warning,
 * the summary line, the job summary and `--format`, the URL manifest's lines, and the Swedish
 * hints for YAML mistakes. Each case states the sentence an editor reads, or the limit a reader
 * relies on, so a changed word, limit or branch fails here.
 */
import { describe, expect, it } from 'vitest';
import { YAMLParseError, type ErrorCode } from 'yaml';
import { lix, LIX_MIN_WORDS, LIX_WARNING_LEVEL, lixLabel, markdownToText } from '../../src/check/lix.ts';
import { checkLix, lixScores, type LixScore } from '../../src/check/lix-check.ts';
import { formatReport, summaryLine } from '../../src/check/report.ts';
import { formatOf, markdownSummary } from '../../src/check/formats.ts';
import { formatManifest, parseManifest, REMOVED, targetOf } from '../../src/check/url-manifest.ts';
import { describeYamlError } from '../../src/check/yaml-problems.ts';
import { parseContentFile, parseFrontMatter, type ContentFile } from '../../src/check/read-content.ts';
import { lineOfPath, lineOfValue, pathKey } from '../../src/check/yaml-positions.ts';
import { error, warning } from '../../src/plan/issues.ts';

const words = (n: number, word = 'ord') => Array.from({ length: n }, () => word).join(' ');

describe('the prose LIX reads', () => {
  it('drops comments, code, imports, tags, link targets and markup, and keeps the words', () => {
    const markdown = [
      'Före <!-- dold\nkommentar --> efter.',
      '```js\nkod();\n```',
      'Text `kod` här.',
      'import X from "y";',
      'export const a = 1;',
      '<b>Fet</b> text.',
      '![Bild](bild.png) och [länk](https://x.se).',
      '### Rubrik',
      '- punkt',
      '  * stjärna',
      '+ plus',
      '1. ett',
      '2) två',
      '> citat',
      '    - djup',
      '*kursiv* _under_ ~stryk~ a|b',
    ].join('\n');
    expect(markdownToText(markdown)).toBe(
      'Före   efter.\n\n\n\nText   här.\n\n\n Fet  text.\nBild och länk.\n\n\nRubrik\n\n\npunkt\n\n\nstjärna\n\n\nplus\n\n\nett\n\n\ntvå\n\n\ncitat\n    - djup\n kursiv   under   stryk  a b',
    );
  });

  it('keeps a line that only mentions import or export inside a sentence', () => {
    expect(markdownToText('Vi importerar data.\nDu kan export era filer.')).toBe('Vi importerar data.\nDu kan export era filer.');
  });
});

describe('LIX', () => {
  it('needs at least 40 words to give a score', () => {
    expect(LIX_MIN_WORDS).toBe(40);
    expect(lix(`${words(39)}.`)).toBeUndefined();
    expect(lix(`${words(40)}.`)).toEqual({ score: 40, words: 40, sentences: 1, longWords: 0, longestSentence: words(40) });
  });

  it('ends sentences at . ! ? and : before a space or the end, and at blank lines, not inside numbers or words', () => {
    const text = `${words(10)}. ${words(10)}! ${words(5)}?! ${words(5)}: ${words(5)}\n\n${words(5)} 3.5 och kl.12`;
    const score = lix(text)!;
    expect(score.sentences).toBe(6);
    // `3.5` and `kl.12` end no sentence; each is two words to LIX.
    expect(score.words).toBe(10 + 10 + 5 + 5 + 5 + 5 + 2 + 1 + 2);
  });

  it('counts words longer than six letters as long, leaving out digits and hyphens', () => {
    const text = `${words(36)} sjuksköterska barn-och-unga 20182020 brukarråd.`;
    const score = lix(text)!;
    expect(score.longWords).toBe(3);
    expect(score.words).toBe(40);
    expect(score.score).toBe(Math.round(40 / 1 + (3 * 100) / 40));
  });

  it('keeps the first of the longest sentences, with its spaces made single', () => {
    const text = `Kort mening här.\n\nEn  ${words(20)}   slut. Två ${words(20)} slut. ${words(3)}.`;
    expect(lix(text)!.longestSentence).toBe(`En ${words(20)} slut`);
  });

  it('reads no sentence where there is no letter or digit', () => {
    expect(lix(`${words(40)}. ... !!! --`)!.sentences).toBe(1);
  });

  it.each([
    [0, 'mycket lätt'], [29, 'mycket lätt'], [30, 'lätt'], [39, 'lätt'], [40, 'medelsvår'], [49, 'medelsvår'],
    [50, 'svår'], [59, 'svår'], [60, 'mycket svår'], [90, 'mycket svår'],
  ])('calls %i %s', (score, label) => {
    expect(lixLabel(score)).toBe(label);
  });
});

const fileOf = (collection: ContentFile['collection'], id: string, body: string, bodyLine = 6): ContentFile => ({
  collection, id, filePath: `content/${collection}/${id}.md`, raw: {}, body, bodyLine, positions: { lines: new Map(), scalars: [] },
});

describe('which page a text is shown on', () => {
  const body = `${words(45)}.`;

  it('is its own page, or the page its address anchors on, or the standalone page it is', () => {
    const files = [
      fileOf('goals', 'vuxna-3-2', body), fileOf('contacts', 'samordnare', body), fileOf('events', 'start', body),
      fileOf('pages', 'om', body), fileOf('pages', 'start', body), fileOf('pages', 'okand', body), fileOf('localWork', 'plan', body),
    ];
    const produced = [
      { url: '/gammal/', file: 'content/goals/vuxna-3-2.md', redirect: true },
      { url: '/mal/vuxna/3-2/', file: 'content/goals/vuxna-3-2.md', redirect: false },
    ] as Parameters<typeof lixScores>[1];
    expect(lixScores(files, produced).map((score) => [score.file, score.page, score.quoted])).toEqual([
      ['content/goals/vuxna-3-2.md', '/mal/vuxna/3-2/', true],
      ['content/contacts/samordnare.md', '/kontakt/', false],
      ['content/events/start.md', '/om/', false],
      ['content/pages/om.md', '/om/', false],
      ['content/pages/start.md', '/', false],
      ['content/pages/okand.md', undefined, false],
      ['content/localWork/plan.md', undefined, false],
    ]);
  });

  it('is not scored when the text is too short', () => {
    expect(lixScores([fileOf('pages', 'om', 'Kort.')], [])).toEqual([]);
  });
});

describe('the LIX warning', () => {
  const score = (overrides: Partial<LixScore>): LixScore => ({
    file: 'content/pages/om.md', page: '/om/', quoted: false, score: 41, words: 100, sentences: 10, longWords: 30, longestSentence: 'Kort.', ...overrides,
  });
  const files = [fileOf('pages', 'om', '', 7)];

  it('is given above the level, not at it, and never for quoted text', () => {
    expect(LIX_WARNING_LEVEL).toBe(40);
    expect(checkLix([score({ score: 40 }), score({ score: 41, quoted: true })], files)).toEqual([]);
    expect(checkLix([score({ score: 41 })], files)).toEqual([
      warning({
        file: 'content/pages/om.md', line: 7, code: 'lix',
        message: 'Texten har LIX 41 (medelsvår), över gränsen 40. Meningarna har i snitt 10 ord, och 30 % av orden är långa (fler än sex bokstäver).',
      }),
    ]);
  });

  it('asks to split sentences of more than 15 words, quoting the first 14 words of the longest', () => {
    const longest = 'Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton';
    const [issue] = checkLix([score({ score: 52, words: 160, sentences: 10, longestSentence: longest, longWords: 56 })], files);
    expect(issue!.message).toBe(
      'Texten har LIX 52 (svår), över gränsen 40. Meningarna har i snitt 16 ord, och 35 % av orden är långa (fler än sex bokstäver). ' +
        'Dela långa meningar; den längsta börjar "Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton …".',
    );
  });

  it('quotes a longest sentence of 14 words whole, and asks for shorter words above 35 % long words', () => {
    const longest = 'Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton';
    const [issue] = checkLix([score({ score: 70, words: 151, sentences: 10, longestSentence: longest, longWords: 55 })], files);
    expect(issue!.message).toBe(
      'Texten har LIX 70 (mycket svår), över gränsen 40. Meningarna har i snitt 15 ord, och 36 % av orden är långa (fler än sex bokstäver). ' +
        `Dela långa meningar; den längsta börjar "${longest}". ` +
        'Byt långa sammansatta ord mot kortare eller dela upp dem ("arbetet med att samordna" i stället för "samordningsarbetet").',
    );
  });

  it('gives no line for a text whose file it does not know', () => {
    expect(checkLix([score({ file: 'content/pages/annan.md' })], files)[0]!.line).toBeUndefined();
  });
});

describe('the summary line and the terminal report', () => {
  const e = (file: string) => error({ file, code: 'unknown-field', message: 'Fel.' });
  const w = warning({ file: 'content/a.md', code: 'lix', message: 'Svår.' });

  it('counts files, errors in how many files, and warnings, in Swedish singular and plural', () => {
    expect(summaryLine(1, [])).toBe('1 fil kontrollerade, inga fel.');
    expect(summaryLine(73, [w])).toBe('73 filer kontrollerade, inga fel, 1 varning.');
    expect(summaryLine(73, [w, w])).toBe('73 filer kontrollerade, inga fel, 2 varningar.');
    expect(summaryLine(73, [e('content/a.md')])).toBe('73 filer kontrollerade: 1 fel i 1 fil.');
    expect(summaryLine(73, [e('content/a.md'), e('content/a.md'), e('content/b.md'), w])).toBe('73 filer kontrollerade: 3 fel i 2 filer, 1 varning.');
  });

  it('lists the problems above the summary line, and only the line when there are none', () => {
    expect(formatReport(2, [])).toBe('2 filer kontrollerade, inga fel.');
    const report = formatReport(2, [e('content/a.md')]);
    expect(report.endsWith('\n\n2 filer kontrollerade: 1 fel i 1 fil.')).toBe(true);
    expect(report).toContain('content/a.md');
    expect(report).toContain('Fel.');
  });
});

describe('the job summary', () => {
  it('has a heading, the summary line, and a row per problem, warnings and lines without a number included', () => {
    const issues = [
      error({ file: 'content/a|b.md', line: 3, code: 'unknown-field', message: 'Rad ett.\r\nRad två.\n\nRad tre.' }),
      warning({ file: 'content/urls.txt', code: 'url-manifest-missing', message: 'Saknas.' }),
    ];
    expect(markdownSummary(5, issues)).toBe(
      '### Innehållskontroll\n\n5 filer kontrollerade: 1 fel i 1 fil, 1 varning.\n\n' +
        '| Typ | Fil | Rad | Problem |\n| --- | --- | --- | --- |\n' +
        '| fel | `content/a\\|b.md` | 3 | Rad ett. Rad två. Rad tre. |\n' +
        '| varning | `content/urls.txt` |  | Saknas. |\n',
    );
    expect(markdownSummary(5, [])).toBe('### Innehållskontroll\n\n5 filer kontrollerade, inga fel.\n');
  });
});

describe('--format', () => {
  it('refuses a missing or empty value, naming what it got', () => {
    expect(() => formatOf(['--format'])).toThrow('Okänt format `` för `--format`. Välj `text`, `github`, `json`.');
    expect(() => formatOf(['--format='])).toThrow('Okänt format `` för `--format`.');
    expect(() => formatOf(['--format=xml'])).toThrow('Okänt format `xml` för `--format`.');
  });

  it('reads only the flag itself, not a value that looks like it', () => {
    expect(formatOf(['--formats', 'json'])).toBe('text');
    expect(formatOf(['json'])).toBe('text');
    expect(formatOf(['--format', 'text'])).toBe('text');
  });
});

describe('the URL manifest', () => {
  it('reads addresses with their entry, skipping comments and blank lines, with each line’s number', () => {
    const { lines, problems } = parseManifest('# rubrik\n\n/mal/vuxna/3-2/ mal/vuxna-3-2\r\n  /  start/x  \n/gammal/ borttagen Målet ströks  helt.\n', 'content/urls.txt');
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      { url: '/mal/vuxna/3-2/', target: 'mal/vuxna-3-2', line: 3 },
      { url: '/', target: 'start/x', line: 4 },
      { url: '/gammal/', target: '', line: 5, removed: 'Målet ströks helt.' },
    ]);
  });

  it.each([
    ['an address alone', '/a/'],
    ['three words', '/a/ mal/a extra'],
    ['an address without a slash at the end', '/a mal/a'],
    ['an address with capitals', '/A/ mal/a'],
    ['an address not from the root', 'a/ mal/a'],
    ['an entry without a folder', '/a/ a'],
    ['an entry in a subfolder', '/a/ mal/b/c'],
    ['an entry with a capital folder', '/a/ Mal/a'],
  ])('refuses %s', (_, text) => {
    const { lines, problems } = parseManifest(`${text}\n`, 'content/urls.txt');
    expect(lines).toEqual([]);
    expect(problems).toEqual([
      error({
        file: 'content/urls.txt', line: 1, code: 'url-manifest-syntax',
        message: 'Raden går inte att läsa. Varje rad ska vara en adress och en post med mellanslag emellan, t.ex. `/mal/vuxna/3-2/ mal/vuxna-3-2`. Skriv om filen med `npm run urls:update` om du är osäker.',
      }),
    ]);
  });

  it.each([
    ['without a note', '/a/ borttagen'],
    ['with a bad address', '/A/ borttagen Borta.'],
    ['with an address not ending in /', '/a borttagen Borta.'],
  ])('refuses a removed address %s', (_, text) => {
    const { problems } = parseManifest(text, 'content/urls.txt');
    expect(problems.map((p) => [p.code, p.line, p.message])).toEqual([[
      'url-manifest-syntax', 1,
      'Raden går inte att läsa. En borttagen adress skrivs som adressen, ordet `borttagen` och en kort förklaring till läsarna, t.ex. `/mal/vuxna/9-9/ borttagen Målet ströks när planen förlängdes.`',
    ]]);
  });

  it('names the line where a repeated address first stood, removed or not', () => {
    const { lines, problems } = parseManifest('/a/ mal/a\n/b/ borttagen Borta.\n/a/ borttagen Borta.\n/b/ mal/b\n/a/ mal/a\n', 'content/urls.txt');
    expect(lines.map((l) => l.url)).toEqual(['/a/', '/b/']);
    expect(problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ['url-manifest-duplicate', 3, 'Adressen `/a/` står redan på rad 1. Ta bort den ena raden.'],
      ['url-manifest-duplicate', 4, 'Adressen `/b/` står redan på rad 2. Ta bort den ena raden.'],
      ['url-manifest-duplicate', 5, 'Adressen `/a/` står redan på rad 1. Ta bort den ena raden.'],
    ]);
  });

  it('writes the header, a blank line, and every address in code-point order', () => {
    const text = formatManifest([
      { url: '/mal/', target: 'sidor/mal' }, { url: '/a/', target: 'x/a' }, { url: '/Z/', target: 'x/z' }, { url: '/b/', target: '', removed: 'Borta.' }, { url: '/a/', target: 'x/a2' },
    ]);
    const lines = text.split('\n');
    expect(lines.slice(0, 5).every((line) => line.startsWith('# '))).toBe(true);
    expect(lines.slice(4)).toEqual(['# Läs mer i CONTRIBUTING.md under "Adresser som aldrig går sönder".', '', '/Z/ x/z', '/a/ x/a', '/a/ x/a2', `/b/ ${REMOVED} Borta.`, '/mal/ sidor/mal', '']);
    // Reading it back refuses what the writer was given wrong: a capital letter and a repeated address.
    expect(parseManifest(text, 'urls.txt').problems.map((p) => [p.line, p.code])).toEqual([[7, 'url-manifest-syntax'], [9, 'url-manifest-duplicate']]);
  });

  it('names an entry by its folder and id', () => {
    expect(targetOf({ collection: 'goals', id: 'vuxna-3-2' })).toBe('mal/vuxna-3-2');
    expect(targetOf({ collection: 'focusAreas', id: 'delaktighet' })).toBe('fokusomraden/delaktighet');
  });
});

describe('YAML mistakes in Swedish', () => {
  const messageOf = (yaml: string) => {
    const result = parseFrontMatter('f.md', `---\n${yaml}\n---\n`);
    if (!Array.isArray(result)) throw new Error('expected a problem');
    return result.map((problem) => [problem.line, problem.message]);
  };
  const start = 'Front matter (YAML-delen mellan `---`-raderna) går inte att läsa här.';
  const indent =
    'Kontrollera indraget (mellanslagen först på raden): fält på samma nivå ska börja i samma kolumn, listpunkter (`- `) under ett fält ska dras in lika mycket, och varje fält skrivs `namn: värde` med mellanslag efter kolon.';
  const quote = 'Sätt citattecken runt hela värdet, t.ex. `title: "Mål 3:2: delaktighet"`.';

  it.each([
    ['a field written twice', 'title: a\ntitle: b', 3, 'Raden lyder: `title: b`. Fältet `title` står två gånger. Ta bort den ena raden eller slå ihop dem. (YAML: Map keys must be unique)'],
    ['a tab', 'title: a\n\tnumber: 1', 3, 'Raden lyder: `number: 1`. Raden är indragen med tabb. Använd mellanslag i stället. (YAML: Tabs are not allowed as indentation)'],
    ['an open quote', 'title: "öppen', 2, 'Raden lyder: `title: "öppen`. Ett citattecken öppnas men stängs aldrig. Avsluta värdet med samma sorts citattecken. (YAML: Missing closing "quote)'],
    ['a colon in a value', 'title: Mål 3:2: delaktighet', 2, `Raden lyder: \`title: Mål 3:2: delaktighet\`. Värdet innehåller kolon följt av mellanslag. ${quote} (YAML: Nested mappings are not allowed in compact mappings)`],
    ['a field indented under a value', 'title: a\n  b: c', 2, `Raden lyder: \`title: a\`. ${indent} (YAML: Nested mappings are not allowed in compact mappings)`],
    ['a reserved first character', 'title: @x', 2, `Raden lyder: \`title: @x\`. Värdet börjar med ett tecken som har en särskild betydelse i YAML. ${quote} (YAML: Plain value cannot start with reserved character @)`],
    ['a list item out of line', 'a:\n- b\n c: d', 3, `Raden lyder: \`- b\`. ${indent} (YAML: Implicit keys need to be on a single line)`],
    ['an unclosed list', '[a', 2, `Raden lyder: \`[a\`. ${indent} (YAML: Flow sequence must end with a ])`],
    ['uneven indentation', 'x: |\n  a\n b', 4, `Raden lyder: \`b\`. ${indent} (YAML: All mapping items must start at the same column)`],
  ])('explains %s, on its line', (_, yaml, line, rest) => {
    expect(messageOf(yaml)).toEqual([[line, `${start} ${rest}`]]);
  });

  const yamlError = (code: ErrorCode, message: string) => new YAMLParseError([0, 1], code, message);

  it('words the other cases, without quoting an empty line, and keeps only the first line of the parser’s text', () => {
    expect(describeYamlError(yamlError('DUPLICATE_KEY', 'Map keys must be unique'), '- a')).toBe(
      `${start} Raden lyder: \`- a\`. Fältet står två gånger. Ta bort den ena raden eller slå ihop dem. (YAML: Map keys must be unique)`,
    );
    expect(describeYamlError(yamlError('MISSING_CHAR', 'Missing , between flow items\nmore'), '  ')).toBe(`${start} ${indent} (YAML: Missing , between flow items)`);
    expect(describeYamlError(yamlError('BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings'), 'title: a:b')).toBe(
      `${start} Raden lyder: \`title: a:b\`. ${indent} (YAML: Nested mappings are not allowed in compact mappings)`,
    );
    expect(describeYamlError(yamlError('BLOCK_AS_IMPLICIT_KEY', 'Something else'), 'title: a: b')).toBe(`${start} Raden lyder: \`title: a: b\`. ${indent} (YAML: Something else)`);
    expect(describeYamlError(yamlError('BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings'), 'title: a: b:')).toContain('Värdet innehåller kolon följt av mellanslag.');
    expect(describeYamlError(yamlError('BAD_INDENT', 'x'), '')).toBe(`${start} ${indent} (YAML: x)`);
    expect(describeYamlError(yamlError('MULTILINE_IMPLICIT_KEY', 'x'), '')).toBe(`${start} ${indent} (YAML: x)`);
    expect(describeYamlError(yamlError('UNEXPECTED_TOKEN', 'x'), '')).toBe(`${start} ${indent} (YAML: x)`);
    expect(describeYamlError(yamlError('BAD_DIRECTIVE', 'x'), ' %x ')).toBe(`${start} Raden lyder: \`%x\`. Kontrollera stavning, kolon och indrag på raden. (YAML: x)`);
  });
});

describe('where a value sits', () => {
  const file = parseContentFile('assignments', 'content/uppdrag/x.md', [
    '---',
    'title: Ett uppdrag',
    'goals:',
    '  - vuxna-3-2',
    '  - vuxna-3-3',
    'signatories:',
    '  - organisation: vastkom',
    '  - organisation: styrgruppen',
    '    name: vastkom',
    '---',
    'Text.',
  ].join('\n')) as ContentFile;

  it('finds the line of a field, a list item, or the deepest part of a path that exists', () => {
    expect(lineOfPath(file.positions, ['title'])).toBe(2);
    expect(lineOfPath(file.positions, ['goals', 1])).toBe(5);
    expect(lineOfPath(file.positions, ['signatories', 1, 'name'])).toBe(9);
    expect(lineOfPath(file.positions, ['signatories', 1, 'date'])).toBe(8);
    expect(lineOfPath(file.positions, ['saknas', 0])).toBeUndefined();
    expect(lineOfPath(file.positions, [])).toBeUndefined();
    expect(pathKey(['sources', 0, 'url'])).toBe('sources.0.url');
    expect(file.bodyLine).toBe(11);
  });

  it('finds the line of a value under a field, nested fields by name, else the field’s line', () => {
    expect(lineOfValue(file.positions, 'goals', 'vuxna-3-3')).toBe(5);
    expect(lineOfValue(file.positions, 'signatories.organisation', 'styrgruppen')).toBe(8);
    expect(lineOfValue(file.positions, 'signatories.organisation', 'vastkom')).toBe(7);
    expect(lineOfValue(file.positions, 'signatories.name', 'vastkom')).toBe(9);
    expect(lineOfValue(file.positions, 'goals', 'saknas')).toBe(3);
    expect(lineOfValue(file.positions, 'saknas', 'x')).toBeUndefined();
  });
});
