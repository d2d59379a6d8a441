/**
 * Promise: a text harder to read than LIX 50 gets a warning that names its file and the line
 * its body starts on (the line after the front matter); easier texts, and texts too short to judge, get none. A warning, never an
 * error: plain language is the editor's call.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLix, type LixScore } from '../../src/check/lix-check.ts';
import { LIX_WARNING_LEVEL } from '../../src/check/lix.ts';
import { checkContent } from '../../src/check/run-check.ts';
import { scenario } from '../helpers/scenario.ts';

/** 42 words in one sentence, 23 of them longer than six letters: LIX 42 + 55 = 97. */
const HARD =
  'Samverkansöverenskommelsen mellan regionens förvaltningsorganisationer och kommunernas ' +
  'socialtjänstverksamheter förutsätter kontinuerliga uppföljningsinsatser, strukturerade ' +
  'kunskapsöverföringsprocesser, systematiserade implementeringsstrategier och gemensamma ' +
  'prioriteringsdiskussioner avseende resursfördelningen inom psykiatrin och primärvården ' +
  'samt elevhälsan för att brukarorganisationernas perspektiv ska bli tydligt i arbetet och i hela länet under alla år framåt.';

const score = (value: number, file = 'content/mal/vuxna-1-2.md'): LixScore => ({
  file, page: '/mal/vuxna/1-2/', quoted: false, score: value, words: 60, sentences: 4, longWords: 20, longestSentence: 'En mening.',
});

describe('checkLix', () => {
  it.each([
    [LIX_WARNING_LEVEL + 1, 1],
    [LIX_WARNING_LEVEL + 30, 1],
    [LIX_WARNING_LEVEL, 0],
    [LIX_WARNING_LEVEL - 20, 0],
  ])('a text with LIX %i gets %i warning(s)', (value, count) => {
    const issues = checkLix([score(value)], []);
    expect(issues).toHaveLength(count);
    for (const issue of issues) {
      expect(issue).toMatchObject({ code: 'lix', severity: 'warning', file: 'content/mal/vuxna-1-2.md' });
      expect(issue.message).toContain(`LIX ${value}`);
    }
  });

  it('warns about each hard text, not only the first', () => {
    const files = ['content/mal/a.md', 'content/mal/b.md', 'content/mal/c.md'];
    const issues = checkLix([score(70, files[0]), score(30, files[1]), score(65, files[2])], []);
    expect(issues.map((issue) => issue.file)).toEqual([files[0], files[2]]);
  });
});

describe('the editors’ check on a hard text', () => {
  it('warns at the first line after the front matter, and the check still passes', async () => {
    const { root, contentDir } = await scenario('base');
    // A site-written text: goal texts are the plan's own words, quoted, and never warned about.
    const file = join(contentDir, 'organisationer/testorganisation.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Organisationen beslutar om testuppdraget.', HARD));
    const { issues, lix } = await checkContent({ root, contentDir });
    expect(lix.find((s) => s.file === 'content/organisationer/testorganisation.md')?.score).toBeGreaterThan(LIX_WARNING_LEVEL);
    const bodyLine = text.split('\n').lastIndexOf('---') + 2;
    expect(issues).toMatchObject([
      { code: 'lix', severity: 'warning', file: 'content/organisationer/testorganisation.md', line: bodyLine },
    ]);
  });
});
