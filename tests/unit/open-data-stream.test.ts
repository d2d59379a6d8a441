/**
 * The streamed open-data files are byte for byte what one string would be: `prettyJsonChunks`
 * against `JSON.stringify(value, null, 2)` for any JSON object (fast-check), `csvChunks` against
 * the whole table, and `textStream` as the UTF-8 bytes of its chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvChunks, toCsv, type Column } from '../../src/open-data/csv.ts';
import { prettyJsonChunks, textStream } from '../../src/open-data/stream.ts';
import { propertyRuns } from '../helpers/property-runs.ts';

const joined = (chunks: Iterable<string>) => [...chunks].join('');

describe('prettyJsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), (value) => {
        expect(joined(prettyJsonChunks(value))).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('leaves out what JSON leaves out, writes null for it in an array, and keeps dates and empty values', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, 'x'], d: [], e: {}, f: new Date(Date.UTC(2024, 0, 2)), 'g"h': 'rad 1\nrad 2' };
    expect(joined(prettyJsonChunks(value))).toBe(JSON.stringify(value, null, 2));
    expect(joined(prettyJsonChunks({}))).toBe('{}');
  });

  it('yields a large array one item at a time', () => {
    const chunks = [...prettyJsonChunks({ items: Array.from({ length: 5 }, (_, i) => ({ i })) })];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(40);
  });
});

describe('csvChunks', () => {
  const columns: Column<number, null>[] = [
    { header: 'Tal', description: '', value: (n) => n },
    { header: 'Text, citerad', description: '', value: (n) => `"${n}"` },
  ];

  it('gives the same file as toCsv, in batches of the given number of rows', () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    const chunks = [...csvChunks(columns, rows, null, 3)];
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(toCsv(columns, rows, null));
    expect(toCsv(columns, [1], null)).toBe(`${BOM}Tal,"Text, citerad"\r\n1,"""1"""\r\n`);
  });

  it('reads rows from a generator, one batch at a time', () => {
    let made = 0;
    const rows = (function* () {
      for (let i = 0; i < 10; i++) yield ++made;
    })();
    const chunks = csvChunks(columns, rows, null, 4);
    chunks.next();
    expect(made).toBe(4);
  });
});

describe('textStream', () => {
  it('is the UTF-8 bytes of its chunks, å, ä and ö included', async () => {
    const text = await new Response(textStream(['Målgrupp: ', 'barn och unga', ', Ängelholm ö'])).text();
    expect(text).toBe('Målgrupp: barn och unga, Ängelholm ö');
  });
});
