/** The wording of schema messages for mistakes inside nested fields and lists. */
import { describe, expect, it } from 'vitest';
import { schemaIssuesOf } from '../../src/check/schema-check.ts';
import { swedishErrorMap } from '../../src/plan/zod-error-map.ts';
import { parseContentFile } from '../../src/check/read-content.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';

function messagesOf(collection: CollectionName, frontMatter: string) {
  const file = parseContentFile(collection, `content/${COLLECTIONS[collection].folder}/test.md`, `---\n${frontMatter}\n---\n\nText.\n`);
  if (Array.isArray(file)) throw new Error(file[0]?.message);
  return schemaIssuesOf(file).map((issue) => `rad ${issue.line ?? '-'}: ${issue.message}`);
}

describe('messages for nested fields', () => {
  it('name the field, where it sits, and what to do', () => {
    expect(
      messagesOf(
        'contacts',
        [
          'role: Samordnare',
          'organisation: Test Organisation',
          'about: Frågor.',
          'focusAreas: [1, 7]',
          'holder:',
          '  name: Anna',
          '  phone: "070 123 45 67 ank 12"',
          '  email: anna(at)exempel.se',
          'sources:',
          '  - title: Källa',
          '    url: www.exempel.se',
          '    datum: 2018-01-01',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "rad 3: Fältet \`organisation\` har fel form: texten \`Test Organisation\`. Ange filnamnet utan ändelse, t.ex. \`vuxna-3-2\`. Menade du \`test-organisation\`?",
        "rad 5: Punkt 2 i \`focusAreas\` är talet \`7\`, men ska vara ett heltal från 1 till 5.",
        "rad 6: Fältet \`asOf\` (i \`holder\`) saknas. Lägg till \`asOf:\` följt av ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. \`2018-05-04\`.",
        "rad 8: Fältet \`phone\` (i \`holder\`) har fel form: texten \`070 123 45 67 ank 12\`. Skriv numret med siffror, mellanslag och bindestreck.",
        "rad 9: Fältet \`email\` (i \`holder\`) ska vara en e-postadress, t.ex. \`namn@exempel.se\`, men är texten \`anna(at)exempel.se\`.",
        "rad 12: Fältet \`url\` (i \`sources\`, punkt 1) är \`www.exempel.se\`, som inte är en fullständig adress. Menade du \`https://www.exempel.se\`? Använd en adress som börjar med \`https://\`, \`http://\`, \`mailto:\`, \`tel:\` eller \`/\`.",
        "rad 13: Fältet \`datum\` (i \`sources\`, punkt 1) finns inte. Menade du \`date\`? Rätta namnet.",
      ]
    `);
  });
});

describe('the error map for Astro\'s own messages', () => {
  it('words a schema error Astro reports like the check does', () => {
    const result = COLLECTIONS.goals.schema.safeParse({ targetGroup: 'vuxen' }, { error: swedishErrorMap });
    const message = result.error?.issues.find((issue) => issue.path[0] === 'targetGroup')?.message;
    expect(message).toMatchInlineSnapshot(`"Fältet \`targetGroup\` har värdet \`vuxen\`, men tillåtna värden är \`vuxna\` och \`barn-och-unga\`. Menade du \`vuxna\`?"`);
  });
});
