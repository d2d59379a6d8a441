/**
 * One scenario per kind of editor mistake (tests/fixtures/<scenario>/): the check must fail,
 * name the file, line and field, and say what to do. The wording is pinned here.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { formatReport } from '../../src/check/report.ts';
import { hasErrors } from '../../src/plan/issues.ts';
import { scenario } from '../helpers/scenario.ts';

async function check(name: string) {
  const result = await checkContent(await scenario(name));
  return { ...result, report: formatReport(result.fileCount, result.issues) };
}

describe('the check on each kind of mistake', () => {
  it('a misspelt field: names the field and the spelling it means', async () => {
    const { issues, report } = await check('misspelled-field');
    expect(hasErrors(issues)).toBe(true);
    expect(issues).toMatchObject([{ file: 'content/mal/vuxna-1-1.md', line: 5, field: 'titel', code: 'unknown-field' }]);
    expect(report).toMatchInlineSnapshot(`
      "content/mal/vuxna-1-1.md
        rad 5: Fältet \`titel\` finns inte i ett mål. Menade du \`title\`? Rätta namnet.

      14 filer kontrollerade: 1 fel i 1 fil."
    `);
  });

  it('a missing field', async () => {
    const { issues, report } = await check('missing-field');
    expect(issues).toMatchObject([{ file: 'content/indikatorer/testindikator.md', field: 'description', code: 'missing-field' }]);
    expect(report).toMatchInlineSnapshot(`
      "content/indikatorer/testindikator.md
        Fältet \`description\` saknas, men det krävs i en indikator. Lägg till \`description:\` följt av text.

      14 filer kontrollerade: 1 fel i 1 fil."
    `);
  });

  it('a wrong type: says what was expected and what was found', async () => {
    const { issues, report } = await check('wrong-type');
    expect(issues.map((i) => [i.field, i.line, i.code])).toEqual([
      ['focusArea', 2, 'wrong-type'],
      ['indicators', 6, 'wrong-type'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/mal/vuxna-1-1.md
        rad 2: Fältet \`focusArea\` ska vara ett heltal från 1 till 5, men är texten \`ett\`.
        rad 6: Fältet \`indicators\` ska vara en lista med id:n med små bokstäver a–z, siffror och bindestreck, men är texten \`testindikator\`. Skriv en lista: varje värde på en egen rad som börjar med \`- \`, indragen under fältet.

      14 filer kontrollerade: 2 fel i 1 fil."
    `);
  });

  it('an unknown enum value: lists the allowed values and suggests the closest', async () => {
    const { issues, report } = await check('unknown-value');
    expect(issues).toMatchObject([{ file: 'content/mal/vuxna-1-1.md', line: 4, field: 'targetGroup', code: 'unknown-value' }]);
    expect(report).toMatchInlineSnapshot(`
      "content/mal/vuxna-1-1.md
        rad 4: Fältet \`targetGroup\` har värdet \`vuxen\`, men tillåtna värden är \`vuxna\` och \`barn-och-unga\`. Menade du \`vuxna\`?

      14 filer kontrollerade: 1 fel i 1 fil."
    `);
  });

  it('a malformed date, and a date that is not in the calendar', async () => {
    const { issues, report } = await check('malformed-date');
    expect(issues.map((i) => [i.field, i.line, i.code])).toEqual([
      ['date', 4, 'malformed-date'],
      ['signedDate', 5, 'malformed-date'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/uppdrag/testuppdrag.md
        rad 4: Fältet \`date\` ska skrivas ÅÅÅÅ-MM-DD, t.ex. \`2018-05-04\`, men här står \`4 maj 2018\`.
        rad 5: Fältet \`signedDate\` har datumet \`2018-02-31\`, som inte finns i kalendern. Rätta månad och dag (ÅÅÅÅ-MM-DD).

      14 filer kontrollerade: 2 fel i 1 fil."
    `);
  });

  it('a reference to an entry that does not exist: suggests the closest existing id', async () => {
    const { issues, report } = await check('dangling-reference');
    expect(issues.map((i) => [i.field, i.line, i.code])).toEqual([
      ['decidedBy', 6, 'dangling-reference'],
      ['goals', 9, 'dangling-reference'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/uppdrag/testuppdrag.md
        rad 6: Fältet \`decidedBy\` pekar på \`testorganisationen\`, men det finns ingen organisation med det id:t (filen \`content/organisationer/testorganisationen.md\` saknas). Menade du \`testorganisation\`? Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen.
        rad 9: Fältet \`goals\` pekar på \`vuxna-1-3\`, men det finns inget mål med det id:t (filen \`content/mal/vuxna-1-3.md\` saknas). Menade du \`vuxna-1-1\`? Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen.

      14 filer kontrollerade: 2 fel i 1 fil."
    `);
  });

  it('a duplicate goal number', async () => {
    const { issues, report } = await check('duplicate-goal');
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ['content/mal/vuxna-1-2-ny.md', 'duplicate-goal'],
      ['content/mal/vuxna-1-2-ny.md', 'duplicate-url'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/mal/vuxna-1-2-ny.md
        rad 3: Mål 1:1 för vuxna finns redan i \`content/mal/vuxna-1-1.md\`. Två mål kan inte ha samma nummer (\`focusArea\`, \`number\`) och målgrupp (\`targetGroup\`). Ändra numret i en av filerna.
        rad 4: Adressen \`/mal/vuxna/1-1/\` används redan av \`content/mal/vuxna-1-1.md\`. Två sidor kan inte ha samma adress: ändra \`targetGroup\` eller \`focusArea\` eller \`number\` i en av filerna.

      15 filer kontrollerade: 2 fel i 1 fil."
    `);
  });

  it('broken YAML front matter: the line, what it says, and how to fix it', async () => {
    const { issues, report } = await check('broken-yaml');
    expect(issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ['content/mal/vuxna-1-2.md', 5, 'broken-yaml'],
      ['content/mal/vuxna-1-2.md', 9, 'broken-yaml'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/mal/vuxna-1-2.md
        rad 5: Front matter (YAML-delen mellan \`---\`-raderna) går inte att läsa här. Raden lyder: \`title: Mål 1:2: ett andra testmål\`. Värdet innehåller kolon följt av mellanslag. Sätt citattecken runt hela värdet, t.ex. \`title: "Mål 3:2: delaktighet"\`. (YAML: Nested mappings are not allowed in compact mappings)
        rad 9: Front matter (YAML-delen mellan \`---\`-raderna) går inte att läsa här. Raden lyder: \`from: 2018\`. Kontrollera indraget (mellanslagen först på raden): fält på samma nivå ska börja i samma kolumn, listpunkter (\`- \`) under ett fält ska dras in lika mycket, och varje fält skrivs \`namn: värde\` med mellanslag efter kolon. (YAML: Nested mappings are not allowed in compact mappings)

      14 filer kontrollerade: 2 fel i 1 fil."
    `);
  });

  it('files in the wrong folder: an unknown folder, and a goal among the indicators', async () => {
    const { issues, report } = await check('wrong-folder');
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ['content/indikator/', 'unknown-folder'],
      ['content/indikator/ny-indikator.md', 'wrong-folder'],
      ['content/indikatorer/vuxna-1-3.md', 'wrong-folder'],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/indikator/
        Mappen \`content/indikator/\` är ingen samling och läses inte av bygget. Menade du \`indikatorer\`? Samlingarna är \`content/fokusomraden/\`, \`content/mal/\`, \`content/indikatorer/\`, \`content/uppdrag/\`, \`content/kontakter/\`, \`content/organisationer/\`, \`content/tidslinje/\`, \`content/sidor/\`, \`content/ordlista/\`, \`content/lokalt-arbete/\`.

      content/indikator/ny-indikator.md
        Filen ligger i en mapp som inte läses. Fälten passar en indikator: flytta den till \`content/indikatorer/\`.

      content/indikatorer/vuxna-1-3.md
        rad 1: Filen ser ut att vara ett mål: fälten passar samlingen i \`content/mal/\`, men filen ligger i \`content/indikatorer/\` (där den har 7 fel). Flytta den till \`content/mal/\`.

      15 filer kontrollerade: 3 fel i 3 filer."
    `);
  });

  it('an empty body where the collection needs one', async () => {
    const { issues, report } = await check('empty-body');
    expect(issues).toMatchObject([{ file: 'content/fokusomraden/omrade-ett.md', line: 10, code: 'empty-body' }]);
    expect(report).toMatchInlineSnapshot(`
      "content/fokusomraden/omrade-ett.md
        rad 10: Filen har ingen text under front matter. Här ska en beskrivning av fokusområdet stå: skriv den på raderna efter den andra \`---\`-raden.

      14 filer kontrollerade: 1 fel i 1 fil."
    `);
  });
});

describe('the check on several mistakes in several files', () => {
  it('reports every one of them in one run, grouped by file', async () => {
    const { issues, report } = await check('several-mistakes');
    expect(issues.map((i) => `${i.file}:${i.line} ${i.code}`)).toEqual([
      'content/fokusomraden/omrade-ett.md:10 empty-body',
      'content/indikatorer/testindikator.md:4 broken-yaml',
      'content/mal/vuxna-1-1.md:4 unknown-value',
      'content/mal/vuxna-1-1.md:5 unknown-field',
      'content/uppdrag/testuppdrag.md:4 malformed-date',
      'content/uppdrag/testuppdrag.md:9 dangling-reference',
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/fokusomraden/omrade-ett.md
        rad 10: Filen har ingen text under front matter. Här ska en beskrivning av fokusområdet stå: skriv den på raderna efter den andra \`---\`-raden.

      content/indikatorer/testindikator.md
        rad 4: Front matter (YAML-delen mellan \`---\`-raderna) går inte att läsa här. Raden lyder: \`description: Följer upp: mål 1:1 och 1:2\`. Värdet innehåller kolon följt av mellanslag. Sätt citattecken runt hela värdet, t.ex. \`title: "Mål 3:2: delaktighet"\`. (YAML: Nested mappings are not allowed in compact mappings)

      content/mal/vuxna-1-1.md
        rad 4: Fältet \`targetGroup\` har värdet \`vuxen\`, men tillåtna värden är \`vuxna\` och \`barn-och-unga\`. Menade du \`vuxna\`?
        rad 5: Fältet \`titel\` finns inte i ett mål. Menade du \`title\`? Rätta namnet.

      content/uppdrag/testuppdrag.md
        rad 4: Fältet \`date\` har datumet \`2018-5-4\`. Skriv månad och dag med två siffror var: \`2018-05-04\`.
        rad 9: Fältet \`goals\` pekar på \`vuxna-1-3\`, men det finns inget mål med det id:t (filen \`content/mal/vuxna-1-3.md\` saknas). Menade du \`vuxna-1-2\`? Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen.

      14 filer kontrollerade: 6 fel i 4 filer."
    `);
  });
});

describe('the check on valid content', () => {
  it('passes the base fixture with a one-line summary', async () => {
    const { issues, report } = await check('base');
    expect(issues).toEqual([]);
    expect(report).toMatchInlineSnapshot(`"14 filer kontrollerade, inga fel."`);
  });
});

describe('the check on indicator values in CSV files', () => {
  it('accepts a CSV pasted from Excel: BOM, `,` separator, quoted decimal comma, a known municipality', async () => {
    const { issues } = await check('indicator-values');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('names file, line and column of each wrong cell, the missing unit and a CSV without indicator', async () => {
    const { issues, report } = await check('indicator-values-mistakes');
    expect(issues.map((i) => [i.file, i.line, i.code, i.field])).toEqual([
      ['content/indikatorer/testindikator.csv', 3, 'csv-value', 'värde'],
      ['content/indikatorer/testindikator.csv', 4, 'csv-area', 'område'],
      ['content/indikatorer/testindikator.csv', 6, 'csv-duplicate', undefined],
      ['content/indikatorer/testindikator.md', undefined, 'missing-unit', 'unit'],
      ['content/indikatorer/testindikatr.csv', 1, 'csv-without-indicator', undefined],
    ]);
    expect(report).toMatchInlineSnapshot(`
      "content/indikatorer/testindikator.csv
        rad 3: I kolumnen \`värde\` (kolumn 2) ska det stå ett tal, t.ex. \`12,5\`, men här står \`12 procent\`. Skriv bara siffror, med decimalkomma eller decimalpunkt men inte båda, och utan enhet.
        rad 4: Området \`Göteborg\` i kolumnen \`område\` (kolumn 3) är okänt. Skriv \`Västra Götaland\`, en av länets 49 kommuner eller en delregion, som de heter på webbplatsen.
        rad 6: Raden upprepar rad 5: samma år (2020), område (Västra Götaland) och kön (alla). Ta bort den ena raden.

      content/indikatorer/testindikator.md
        Indikatorn har mätvärden i \`content/indikatorer/testindikator.csv\` men fältet \`unit\` (enhet) saknas. Skriv vilken enhet värdena har, t.ex. \`unit: procent\`.

      content/indikatorer/testindikatr.csv
        rad 1: Det finns ingen indikator \`content/indikatorer/testindikatr.md\` till den här filen. En CSV-fil ska heta som indikatorns fil, med \`.csv\` i stället för \`.md\`. Menade du \`testindikator\`?

      16 filer kontrollerade: 5 fel i 3 filer."
    `);
  });
});
