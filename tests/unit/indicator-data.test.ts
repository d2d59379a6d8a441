import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIndicatorCsv, parseNumber } from '../../src/indicators/indicator-data.ts';

const AREAS = ['Västra Götaland', 'Borås', 'Lilla Edet', 'Vårdsamverkan Fyrbodal'];
const options = { areas: AREAS, years: { from: 2000, to: 2026 } };
const parse = (text: string) => parseIndicatorCsv(text, options);

describe('reading an indicator CSV', () => {
  it('reads `;` with decimal comma, as Swedish Excel saves it, and defaults area and sex', () => {
    const { values, problems } = parse('år;värde;område\n2018;12,5;\n2022;31,5;Västra Götaland\n2022;1 234,5;borås\n');
    expect(problems).toEqual([]);
    expect(values).toEqual([
      { year: 2018, value: 12.5, area: 'Västra Götaland', sex: 'alla' },
      { year: 2022, value: 1234.5, area: 'Borås', sex: 'alla' },
      { year: 2022, value: 31.5, area: 'Västra Götaland', sex: 'alla' },
    ]);
  });

  it('reads `,` with decimal point, and a quoted decimal comma', () => {
    const { values, problems } = parse('År,Värde,Kön\n2019,"7,25",kvinnor\n2019,8.5,Män\n');
    expect(problems).toEqual([]);
    expect(values.map((v) => [v.value, v.sex])).toEqual([[7.25, 'kvinnor'], [8.5, 'män']]);
  });

  it('names line and column, what was expected and what was found', () => {
    const { problems } = parse('år;värde;område\n2018;tolv;\n20x8;12;\n2031;12;\n2018;12;Lila Edet\n2019;3;\n2019;4;Västra Götaland\n');
    expect(problems.map((p) => `${p.line} ${p.code}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "2 csv-value: I kolumnen \`värde\` (kolumn 2) ska det stå ett tal, t.ex. \`12,5\`, men här står \`tolv\`. Skriv bara siffror, med decimalkomma eller decimalpunkt men inte båda, och utan enhet.",
        "3 csv-value: I kolumnen \`år\` (kolumn 1) ska det stå ett årtal med fyra siffror, t.ex. \`2018\`, men här står \`20x8\`.",
        "4 csv-year: Året \`2031\` i kolumnen \`år\` (kolumn 1) ligger utanför perioden 2000–2026. Kontrollera årtalet.",
        "5 csv-area: Området \`Lila Edet\` i kolumnen \`område\` (kolumn 3) är okänt. Skriv \`Västra Götaland\`, en av länets 49 kommuner eller en delregion, som de heter på webbplatsen. Menade du \`Lilla Edet\`?",
        "7 csv-duplicate: Raden upprepar rad 6: samma år (2019), område (Västra Götaland) och kön (alla). Ta bort den ena raden.",
      ]
    `);
  });

  it('rejects an unknown column and a missing required one on the header line', () => {
    const { problems, values } = parse('år;varde;kommun\n2018;1;Borås\n');
    expect(values).toEqual([]);
    expect(problems.map((p) => [p.line, p.code, p.column])).toEqual([
      [1, 'csv-column', 'varde'],
      [1, 'csv-column', 'kommun'],
      [1, 'csv-column', 'värde'],
    ]);
    expect(problems[0]!.message).toContain('Menade du `värde`?');
  });

  it('says when a row has more cells than the header, e.g. an unquoted decimal comma', () => {
    const { problems } = parse('år,värde\n2018,12,5\n');
    expect(problems).toMatchObject([{ line: 2, code: 'csv-syntax' }]);
    expect(problems[0]!.message).toContain('"12,5"');
  });

  it('reports a broken quote with its line instead of throwing', () => {
    const { problems } = parse('år;värde\n2018;"12\n');
    expect(problems).toMatchObject([{ code: 'csv-syntax' }]);
  });
});

describe('numbers as editors write them', () => {
  it('accepts decimal comma or point, spaces between thousands and a minus sign', () => {
    expect([parseNumber('12,5'), parseNumber('12.5'), parseNumber('1 234'), parseNumber('1\u00a0234,5'), parseNumber('\u22123')]).toEqual([12.5, 12.5, 1234, 1234.5, -3]);
  });

  it('refuses both separators at once, units and empty cells', () => {
    expect([parseNumber('1.234,5'), parseNumber('12 %'), parseNumber('')]).toEqual([undefined, undefined, undefined]);
  });

  it('reads back any number written the Swedish way', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
      const rounded = Math.round(n * 100) / 100;
      const written = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2, useGrouping: true }).format(rounded);
      expect(parseNumber(written)).toBeCloseTo(rounded, 2);
    }));
  });
});
