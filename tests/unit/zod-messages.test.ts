/**
 * The editors' Swedish schema messages, one case per kind of mistake: each names the field and
 * where it sits, what it expects and what it found, and what to do (src/plan/zod-messages.ts,
 * expected-value.ts, zod-error-map.ts). The check's tests show them on real files; these pin
 * each branch of the wording, so a changed word, limit or hint fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { describeExpected, listOf } from '../../src/plan/expected-value.ts';
import { describeFound, describeIssue, subjectOf, toPath, unknownFieldMessage, type IssueLike } from '../../src/plan/zod-messages.ts';
import { swedishErrorMap } from '../../src/plan/zod-error-map.ts';
import { DaySchema, EntryIdSchema, SlugSchema, SLUG_PATTERN, lifecycleFields, urlField } from '../../src/schemas/shared.ts';

describe('listOf', () => {
  it('quotes each value and joins the last with "och"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('`a`');
    expect(listOf(['a', 'b'])).toBe('`a` och `b`');
    expect(listOf(['a', 'b', 'c'])).toBe('`a`, `b` och `c`');
  });
});

describe('describeExpected', () => {
  it.each([
    ['plain text', z.string(), 'text'],
    ['a web address', z.url(), 'en fullständig webbadress som börjar med `https://`'],
    ['an e-mail address', z.email(), 'en e-postadress'],
    ['an id', SlugSchema, 'ett id med små bokstäver a–z, siffror och bindestreck'],
    ['an entry id', EntryIdSchema.optional(), 'ett id med små bokstäver a–z, siffror och bindestreck'],
    ['a colour', z.string().regex(/^#[0-9a-f]{6}$/i), 'en färg skriven `#rrggbb`'],
    ['a site path', z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/), 'en adress som börjar och slutar med `/`'],
    ['a phone number', z.string().regex(/^[0-9 +()-]{6,20}$/), 'ett telefonnummer'],
    ['another pattern', z.string().regex(/^\S(?:.*\S)?$/), 'text'],
    ['a pattern with a slash later', z.string().regex(/^a\/b$/), 'text'],
    ['an address field', urlField(), 'en adress som börjar med `https://`, `http://`, `mailto:`, `tel:` eller `/`'],
    ['a day', DaySchema.optional(), 'ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`'],
    ['an integer in a closed range', z.number().int().min(1).max(5), 'ett heltal från 1 till 5'],
    ['a number with a lower bound', z.number().min(0), 'ett tal, minst 0'],
    ['a number with an upper bound', z.number().max(9), 'ett tal, högst 9'],
    ['a number in an open range', z.number().gt(0).lt(10), 'ett tal, större än 0 och mindre än 10'],
    ['an integer above a bound', z.number().int().gt(0).max(5), 'ett heltal, större än 0 och högst 5'],
    ['an integer from a bound to below one', z.number().int().min(1).lt(5), 'ett heltal, minst 1 och mindre än 5'],
    ['an integer', z.number().int(), 'ett heltal'],
    ['a number', z.number().default(1), 'ett tal'],
    ['a yes or no', z.boolean().default(false), '`true` eller `false`'],
    ['a date', z.date(), 'ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`'],
    ['one of some words', z.enum(['gällande', 'utgått']), 'ett av värdena `gällande` och `utgått`'],
    ['one literal', z.literal('ja'), 'ett av värdena `ja`'],
    ['a transformed value', z.string().transform((text) => text.length), 'ett datum skrivet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'],
    ['a union', z.union([z.string(), z.number()]), 'ett värde av annat slag'],
    ['a group of fields', z.object({ name: z.string(), asOf: z.date() }), 'en grupp av fält (`name` och `asOf`), indragna under fältet'],
  ])('says what %s expects', (_, schema, expected) => {
    expect(describeExpected(schema)).toBe(expected);
  });

  it.each([
    ['text', z.string(), 'en lista med text'],
    ['groups of fields', z.object({ title: z.string() }), 'en lista med grupper av fält (`title`), indragna under fältet'],
    ['site paths', lifecycleFields.redirectFrom.unwrap().element, 'en lista med adresser som börjar och slutar med `/`'],
    ['colours', z.string().regex(/^#[0-9a-f]{6}$/i), 'en lista med färger skriven `#rrggbb`'],
    ['ids', EntryIdSchema, 'en lista med id:n med små bokstäver a–z, siffror och bindestreck'],
    ['integers', z.number().int().min(1).max(5), 'en lista med heltal från 1 till 5'],
    ['numbers', z.number(), 'en lista med tal'],
    ['e-mail addresses', z.email(), 'en lista med e-postadress'],
    ['web addresses', z.url(), 'en lista med fullständig webbadress som börjar med `https://`'],
    ['days', DaySchema, 'en lista med datum skrivet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`'],
    ['yes or no', z.boolean(), 'en lista med `true` eller `false`'],
    ['lists', z.array(z.string()), 'en lista med lista med text'],
  ])('words a list of %s in the plural', (_, element, expected) => {
    expect(describeExpected(z.array(element).default([]))).toBe(expected);
  });
});

describe('where a message points', () => {
  it('names a field, a field inside a group or list, and a list item', () => {
    expect(subjectOf(['title'])).toBe('Fältet `title`');
    expect(subjectOf(['holder', 'phone'])).toBe('Fältet `phone` (i `holder`)');
    expect(subjectOf(['sources', 0, 'url'])).toBe('Fältet `url` (i `sources`, punkt 1)');
    expect(subjectOf(['indicators', 1])).toBe('Punkt 2 i `indicators`');
    expect(subjectOf(['a', 2, 'b', 'c'])).toBe('Fältet `c` (i `a`, punkt 3, `b`)');
    expect(subjectOf([])).toBe('Fältet ``');
  });

  it('keeps list indexes as numbers and turns other keys into text', () => {
    expect(toPath(['sources', 0, Symbol.for('x')])).toEqual(['sources', 0, 'Symbol(x)']);
    expect(toPath()).toEqual([]);
  });
});

describe('describeFound', () => {
  it.each([
    ['nothing', undefined, 'ingenting'],
    ['null', null, 'tomt'],
    ['a day', new Date(Date.UTC(2018, 4, 4, 13)), 'datumet `2018-05-04`'],
    ['an invalid date', new Date(Number.NaN), 'inget giltigt datum'],
    ['a list', [1], 'en lista'],
    ['a group', { a: 1 }, 'en grupp av fält'],
    ['empty text', '', 'tom text'],
    ['blank text', '  \t', 'tom text'],
    ['text', ' tre ', 'texten ` tre `'],
    ['a number', 3.5, 'talet `3.5`'],
    ['zero', 0, 'talet `0`'],
    ['true', true, '`true`'],
    ['false', false, '`false`'],
    ['a big integer', 10n, '`10`'],
  ])('reads %s', (_, value, expected) => {
    expect(describeFound(value)).toBe(expected);
  });
});

const GOAL = z.object({
  title: z.string().min(1),
  focusArea: z.number().int().min(1).max(5),
  targetGroup: z.enum(['vuxna', 'barn-och-unga']),
  indicators: z.array(EntryIdSchema).min(1),
  sources: z.array(z.object({ title: z.string(), url: z.url().optional(), date: DaySchema.optional() })),
  draft: z.boolean().default(false),
  holder: z.object({ name: z.string(), asOf: z.date() }).optional(),
});

const message = (issue: IssueLike, context: Parameters<typeof describeIssue>[1] = { schema: GOAL, entry: 'ett mål' }) =>
  describeIssue(issue, context);

describe('a missing field', () => {
  it('says it is required at the top of an entry, and what to write', () => {
    expect(message({ code: 'invalid_type', expected: 'string', path: ['title'] })).toBe(
      'Fältet `title` saknas, men det krävs i ett mål. Lägg till `title:` följt av text.',
    );
    expect(message({ code: 'invalid_union', path: ['focusArea'] })).toBe(
      'Fältet `focusArea` saknas, men det krävs i ett mål. Lägg till `focusArea:` följt av ett heltal från 1 till 5.',
    );
  });

  it('does not call a field inside a group required in the entry', () => {
    expect(message({ code: 'invalid_type', expected: 'date', path: ['holder', 'asOf'] })).toBe(
      'Fältet `asOf` (i `holder`) saknas. Lägg till `asOf:` följt av ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`.',
    );
  });

  it('leaves out the kind of entry when it is not known, and the value when the schema is not', () => {
    expect(message({ code: 'invalid_type', path: ['title'] }, { schema: GOAL })).toBe('Fältet `title` saknas. Lägg till `title:` följt av text.');
    expect(message({ code: 'invalid_type', path: ['title'] }, { entry: 'ett mål' })).toBe(
      'Fältet `title` saknas, men det krävs i ett mål. Lägg till `title:` följt av ett värde.',
    );
  });

  it('asks for a missing list item without a field name', () => {
    expect(message({ code: 'invalid_type', path: ['indicators', 0] })).toBe('Punkt 1 i `indicators` saknas. Lägg till det.');
  });
});

describe('a value of the wrong type', () => {
  it('says what the field expects and what it is', () => {
    expect(message({ code: 'invalid_type', expected: 'number', path: ['focusArea'], input: 'tre' })).toBe(
      'Fältet `focusArea` ska vara ett heltal från 1 till 5, men är texten `tre`.',
    );
    expect(message({ code: 'invalid_union', path: ['title'], input: 3 })).toBe('Fältet `title` ska vara text, men är talet `3`.');
    expect(message({ code: 'invalid_union', path: ['okänt'], input: 3 })).toBe('Fältet `okänt` ska vara något annat, men är talet `3`.');
  });

  it('falls back on the type Zod names, then on "något annat"', () => {
    expect(message({ code: 'invalid_type', expected: 'boolean', path: ['x'], input: 'ja' }, {})).toBe(
      'Fältet `x` ska vara boolean, men är texten `ja`. Skriv `true` (ja) eller `false` (nej).',
    );
    expect(message({ code: 'invalid_type', path: ['x'], input: 'ja' }, {})).toBe('Fältet `x` ska vara något annat, men är texten `ja`.');
  });

  it('asks for a date in the right form', () => {
    expect(message({ code: 'invalid_type', expected: 'date', path: ['holder', 'asOf'], input: 'i fjol' })).toBe(
      'Fältet `asOf` (i `holder`) ska vara ett datum, men är texten `i fjol`. Skriv datumet ÅÅÅÅ-MM-DD, t.ex. `2018-05-04`.',
    );
  });

  it.each([
    ['12', true],
    ['-3', true],
    ['1,5', true],
    ['1.25', true],
    ['  12  ', true],
    ['12a', false],
    ['a12', false],
    ['1.', false],
    ['1..5', false],
    ['tolv', false],
  ])('tells an editor to unquote the number %j: %s', (input, hinted) => {
    const text = message({ code: 'invalid_type', expected: 'number', path: ['focusArea'], input });
    const hint = ' Skriv talet utan citattecken, och med punkt i stället för komma i decimaltal.';
    expect(text).toBe(`Fältet \`focusArea\` ska vara ett heltal från 1 till 5, men är texten \`${input}\`.${hinted ? hint : ''}`);
  });

  it('gives no number hint for a number that is not text, or for text a field of another type expects', () => {
    expect(message({ code: 'invalid_type', expected: 'number', path: ['focusArea'], input: true })).toBe(
      'Fältet `focusArea` ska vara ett heltal från 1 till 5, men är `true`.',
    );
    expect(message({ code: 'invalid_type', expected: 'enum', path: ['focusArea'], input: '12' })).toBe(
      'Fältet `focusArea` ska vara ett heltal från 1 till 5, men är texten `12`.',
    );
  });

  it('shows how to write a list, a group and a yes or no', () => {
    expect(message({ code: 'invalid_type', expected: 'array', path: ['indicators'], input: 'vuxna-1-1' })).toBe(
      'Fältet `indicators` ska vara en lista med id:n med små bokstäver a–z, siffror och bindestreck, men är texten `vuxna-1-1`. Skriv en lista: varje värde på en egen rad som börjar med `- `, indragen under fältet.',
    );
    expect(message({ code: 'invalid_type', expected: 'object', path: ['holder'], input: 'Anna' })).toBe(
      'Fältet `holder` ska vara en grupp av fält (`name` och `asOf`), indragna under fältet, men är texten `Anna`. Skriv fälten på egna rader, indragna under fältet.',
    );
    expect(message({ code: 'invalid_type', expected: 'boolean', path: ['draft'], input: 'nej' })).toBe(
      'Fältet `draft` ska vara `true` eller `false`, men är texten `nej`. Skriv `true` (ja) eller `false` (nej).',
    );
  });

  it.each([
    ['a number', 2018, 'talet `2018`'],
    ['a date', new Date(Date.UTC(2018, 0, 1)), 'datumet `2018-01-01`'],
    ['a yes or no', true, '`true`'],
  ])('asks for quotes when YAML read text as %s', (_, input, found) => {
    expect(message({ code: 'invalid_type', expected: 'string', path: ['title'], input })).toBe(
      `Fältet \`title\` ska vara text, men är ${found}. YAML läste värdet som något annat än text. Sätt citattecken runt det, t.ex. \`"2018"\`.`,
    );
  });

  it('asks for no quotes when the text field got a list', () => {
    expect(message({ code: 'invalid_type', expected: 'string', path: ['title'], input: ['a'] })).toBe('Fältet `title` ska vara text, men är en lista.');
  });
});

describe('a value that is not allowed', () => {
  it('lists the allowed values and suggests the closest', () => {
    expect(message({ code: 'invalid_value', path: ['targetGroup'], input: 'vuxen', values: ['x'] })).toBe(
      'Fältet `targetGroup` har värdet `vuxen`, men tillåtna värden är `vuxna` och `barn-och-unga`. Menade du `vuxna`?',
    );
    expect(message({ code: 'invalid_value', path: ['targetGroup'], input: 'äldre' })).toBe(
      'Fältet `targetGroup` har värdet `äldre`, men tillåtna värden är `vuxna` och `barn-och-unga`.',
    );
  });

  it('takes the values from the issue when the field has none, and suggests nothing for a number', () => {
    expect(message({ code: 'invalid_value', path: ['x'], input: 4, values: [1, 2, 3] }, {})).toBe(
      'Fältet `x` har värdet talet `4`, men tillåtna värden är `1`, `2` och `3`.',
    );
    expect(message({ code: 'invalid_value', path: ['title'], input: 'ja', values: ['ja!', 'nej'] })).toBe(
      'Fältet `title` har värdet `ja`, men tillåtna värden är `ja!` och `nej`. Menade du `ja!`?',
    );
    expect(message({ code: 'invalid_value', path: ['x'], input: 'b' }, {})).toBe('Fältet `x` har värdet `b`, men tillåtna värden är .');
  });
});

describe('a value of the wrong form', () => {
  it('asks for a full web address, and adds https:// to one that starts with www.', () => {
    const url = (input: unknown) => message({ code: 'invalid_format', format: 'url', path: ['sources', 0, 'url'], input });
    expect(url('www.vgregion.se')).toBe(
      'Fältet `url` (i `sources`, punkt 1) ska vara en fullständig webbadress som börjar med `https://`, men är texten `www.vgregion.se`. Menade du `https://www.vgregion.se`?',
    );
    expect(url('vgregion.se/www.')).toBe(
      'Fältet `url` (i `sources`, punkt 1) ska vara en fullständig webbadress som börjar med `https://`, men är texten `vgregion.se/www.`.',
    );
    expect(url('ftp://www.x')).toBe(
      'Fältet `url` (i `sources`, punkt 1) ska vara en fullständig webbadress som börjar med `https://`, men är texten `ftp://www.x`.',
    );
  });

  it('asks for an e-mail address with an example', () => {
    expect(message({ code: 'invalid_format', format: 'email', path: ['holder', 'email'], input: 'anna(at)x.se' })).toBe(
      'Fältet `email` (i `holder`) ska vara en e-postadress, t.ex. `namn@exempel.se`, men är texten `anna(at)x.se`.',
    );
  });

  it('suggests an id for an id field, with the schema’s own message or a pointer to the field reference', () => {
    const pattern = String(SLUG_PATTERN);
    expect(message({ code: 'invalid_format', format: 'regex', pattern, path: ['indicators', 0], input: 'Vuxna 3:2' }, { ownMessage: 'Ange filnamnet.' })).toBe(
      'Punkt 1 i `indicators` har fel form: texten `Vuxna 3:2`. Ange filnamnet. Menade du `vuxna-3-2`?',
    );
    expect(message({ code: 'invalid_format', format: 'regex', pattern, path: ['id'], input: 'Mål 1' })).toBe(
      'Fältet `id` har fel form: texten `Mål 1`. Se fältets beskrivning i CONTRIBUTING.md. Menade du `mal-1`?',
    );
    expect(message({ code: 'invalid_format', format: 'regex', pattern, path: ['id'], input: '!!!' })).toBe(
      'Fältet `id` har fel form: texten `!!!`. Se fältets beskrivning i CONTRIBUTING.md.',
    );
    expect(message({ code: 'invalid_format', format: 'regex', pattern, path: ['id'], input: 7 })).toBe(
      'Fältet `id` har fel form: talet `7`. Se fältets beskrivning i CONTRIBUTING.md.',
    );
  });

  it('suggests no id for a field with another pattern', () => {
    expect(message({ code: 'invalid_format', format: 'regex', pattern: '/^#[0-9a-f]{6}$/i', path: ['color'], input: 'Röd' })).toBe(
      'Fältet `color` har fel form: texten `Röd`. Se fältets beskrivning i CONTRIBUTING.md.',
    );
  });
});

describe('a value too small or too large', () => {
  it('calls text shorter than one letter empty', () => {
    expect(message({ code: 'too_small', origin: 'string', minimum: 1, path: ['title'], input: '' })).toBe('Fältet `title` är tomt. Skriv en text.');
    expect(message({ code: 'too_small', origin: 'string', minimum: 0, path: ['title'], input: '' })).toBe('Fältet `title` är tomt. Skriv en text.');
  });

  it('gives the limit of longer text and of too long text', () => {
    expect(message({ code: 'too_small', origin: 'string', minimum: 2, path: ['x'], input: 'a' }, {})).toBe('Fältet `x` är texten `a`, men ska vara minst 2.');
    expect(message({ code: 'too_big', origin: 'string', maximum: 1, path: ['x'], input: 'ab' }, { ownMessage: 'Skriv kort.' })).toBe(
      'Fältet `x` är texten `ab`, men ska vara högst 1. Skriv kort.',
    );
  });

  it('tells an empty list from one with too few values', () => {
    expect(message({ code: 'too_small', origin: 'array', minimum: 1, path: ['indicators'], input: [] })).toBe('Fältet `indicators` är en tom lista. Ange minst 1.');
    expect(message({ code: 'too_small', origin: 'array', minimum: 3, path: ['indicators'], input: ['a'] })).toBe(
      'Fältet `indicators` har för få värden. Ange minst 3.',
    );
    expect(message({ code: 'too_small', origin: 'array', minimum: 1, path: ['sources'], input: [] }, { ownMessage: 'Ange minst en källa (sources).' })).toBe(
      'Fältet `sources` är en tom lista. Ange minst en källa (sources).',
    );
    expect(message({ code: 'too_small', origin: 'array', minimum: 1, path: ['sources'], input: 'a' }, {})).toBe('Fältet `sources` har för få värden. Ange minst 1.');
  });

  it('gives a long list its limit, and a number the range its field allows', () => {
    expect(message({ code: 'too_big', origin: 'array', maximum: 3, path: ['x'], input: [1, 2, 3, 4] }, {})).toBe('Fältet `x` är en lista, men ska vara högst 3.');
    expect(message({ code: 'too_big', origin: 'number', maximum: 5, path: ['focusArea'], input: 7 })).toBe(
      'Fältet `focusArea` är talet `7`, men ska vara ett heltal från 1 till 5.',
    );
    expect(message({ code: 'too_small', origin: 'number', minimum: 1, path: ['x'], input: 0 }, {})).toBe('Fältet `x` är talet `0`, men ska vara minst 1.');
  });
});

describe('unknown fields', () => {
  it('suggests the field meant, in the entry or inside a group', () => {
    expect(message({ code: 'unrecognized_keys', keys: ['titel'], path: [] })).toBe('Fältet `titel` finns inte i ett mål. Menade du `title`? Rätta namnet.');
    expect(message({ code: 'unrecognized_keys', keys: ['datum'], path: ['sources', 0] })).toBe(
      'Fältet `datum` (i `sources`, punkt 1) finns inte. Menade du `date`? Rätta namnet.',
    );
  });

  it('lists the fields there are when none is close, one sentence per field', () => {
    expect(message({ code: 'unrecognized_keys', keys: ['x', 'holdr'], path: ['holder'] })).toBe(
      'Fältet `x` (i `holder`) finns inte. Ta bort det, eller använd ett av fälten `name` och `asOf`. Fältet `holdr` (i `holder`) finns inte. Ta bort det, eller använd ett av fälten `name` och `asOf`.',
    );
    expect(message({ code: 'unrecognized_keys', path: [] })).toBe('');
  });

  it('reads the fields from the schema the error map got, and leaves out the kind of entry it does not know', () => {
    const holder = z.object({ name: z.string(), asOf: z.date() });
    expect(unknownFieldMessage('namn', [], { inst: holder })).toBe('Fältet `namn` finns inte. Menade du `name`? Rätta namnet.');
    expect(unknownFieldMessage('zzz', [], { inst: holder })).toBe('Fältet `zzz` finns inte. Ta bort det, eller använd ett av fälten `name` och `asOf`.');
    expect(unknownFieldMessage('zzz', [], {})).toBe('Fältet `zzz` finns inte. Ta bort det, eller använd ett av fälten .');
  });
});

describe('custom and other issues', () => {
  it('lets a schema helper finish the sentence', () => {
    expect(message({ code: 'custom', params: { kind: 'date' }, path: ['date'] }, { ownMessage: 'har datumet `2018-02-30`, som inte finns i kalendern.' })).toBe(
      'Fältet `date` har datumet `2018-02-30`, som inte finns i kalendern.',
    );
  });

  it('puts a schema author’s own sentence after a colon, or says the value cannot be used', () => {
    expect(message({ code: 'custom', path: ['x'] }, { ownMessage: 'Ange en källa.' })).toBe('Fältet `x`: Ange en källa.');
    expect(message({ code: 'custom', params: { kind: 'date' }, path: ['x'] }, {})).toBe('Fältet `x`: värdet går inte att använda.');
    expect(message({ code: 'custom', path: ['x'] }, {})).toBe('Fältet `x`: värdet går inte att använda.');
    expect(message({ code: 'not_multiple_of', path: ['x'] }, { ownMessage: 'Ange jämna tal.' })).toBe('Fältet `x`: Ange jämna tal.');
    expect(message({ code: 'not_multiple_of', path: ['x'] }, {})).toBe('Fältet `x`: värdet går inte att använda.');
  });
});

describe('the Zod error map', () => {
  it('words each issue of a parse with the schema the issue is about', () => {
    const schema = z.object({ title: z.string(), year: z.number().int().min(2018).max(2024), group: z.enum(['vuxna', 'barn-och-unga']) }).strict();
    const result = schema.safeParse({ title: 2018, year: '2030', group: 'barn', extra: 1 }, { error: swedishErrorMap });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Fältet `title` ska vara text, men är talet `2018`. YAML läste värdet som något annat än text. Sätt citattecken runt det, t.ex. `"2018"`.',
      'Fältet `year` ska vara ett heltal från 2018 till 2024, men är texten `2030`. Skriv talet utan citattecken, och med punkt i stället för komma i decimaltal.',
      'Fältet `group` har värdet `barn`, men tillåtna värden är `vuxna` och `barn-och-unga`.',
      'Fältet `extra` finns inte. Ta bort det, eller använd ett av fälten `title`, `year` och `group`.',
    ]);
  });

  it('keeps the schema author’s own message', () => {
    const result = SlugSchema.safeParse('Mål 1', { error: swedishErrorMap });
    expect(result.error?.issues[0]?.message).toBe('Använd bara små bokstäver a–z, siffror och bindestreck (å/ä → a, ö → o).');
  });

  it('leaves an issue it cannot word to Zod rather than failing the parse', () => {
    const notASchema = {} as z.core.$ZodType;
    expect(swedishErrorMap({ code: 'invalid_type', expected: 'string', input: 1, path: ['x'], inst: notASchema } as unknown as z.core.$ZodRawIssue)).toBeUndefined();
    expect(swedishErrorMap({ code: 'invalid_type', expected: 'string', input: 1, path: ['x'] } as unknown as z.core.$ZodRawIssue)).toBe(
      'Fältet `x` ska vara string, men är talet `1`. YAML läste värdet som något annat än text. Sätt citattecken runt det, t.ex. `"2018"`.',
    );
  });
});
