import { describe, expect, it } from 'vitest';
import { lix, LIX_WARNING_LEVEL, lixLabel, markdownToText } from '../../src/check/lix.ts';
import { checkLix, lixScores } from '../../src/check/lix-check.ts';
import type { ContentFile } from '../../src/check/read-content.ts';

/** 45 words in 4 sentences, 7 of them longer than six letters: LIX = 45/4 + 7·100/45 ≈ 27. */
const PLAIN =
  'Vi vill att alla ska må bra. Det gäller barn och vuxna i hela länet. ' +
  'Kommunerna och regionen arbetar tillsammans med brukarna för att nå målen i planen. ' +
  'Arbetet följs upp varje år med indikatorer så att alla kan se hur det går för oss.';

describe('LIX', () => {
  it('is words per sentence plus the percentage of long words', () => {
    const score = lix(PLAIN)!;
    expect([score.words, score.sentences, score.longWords, score.score]).toEqual([45, 4, 7, 27]);
    expect(score.longestSentence).toBe('Arbetet följs upp varje år med indikatorer så att alla kan se hur det går för oss');
    expect(lixLabel(score.score)).toBe('mycket lätt');
  });

  it('gives no score for a text too short to judge', () => {
    expect(lix('En kort text.')).toBeUndefined();
  });

  it('reads the prose of markdown, not its markup, links or code', () => {
    const text = markdownToText('## Rubrik\n\nSe [sidan](https://exempel.se/en-mycket-lang-adress) och `kod`.\n\n- punkt ett\n- punkt två');
    expect(text).not.toContain('https');
    expect(text).not.toContain('kod');
    expect(text).toContain('sidan');
    expect(text.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean)).toEqual(['Rubrik', 'Se sidan och  .', 'punkt ett', 'punkt två']);
  });
});

describe('the check’s LIX warnings', () => {
  const hard =
    'Samordningsarbetet mellan huvudmännen förutsätter gemensamma överenskommelser om ansvarsfördelning, uppföljningsstrukturer och kunskapsutveckling. ' +
    'Verksamhetsutvecklingen ska genomföras med utgångspunkt i befolkningsperspektivet och långsiktighet i organisationsstrukturerna. ' +
    'Implementeringen förutsätter kompetensförsörjning, ledningsstöd och systematisk kvalitetsuppföljning inom samtliga verksamhetsområden hos huvudmännen.';
  const file = (collection: ContentFile['collection'], id: string): ContentFile => ({
    collection, id, filePath: `content/${collection}/${id}.md`, raw: {}, body: `${hard} ${hard}`, bodyLine: 5, positions: {} as ContentFile['positions'],
  });

  it('warns about the site’s own hard texts, but not about the plan’s quoted goal texts', () => {
    const files = [file('organisations', 'hard'), file('goals', 'vuxna-9-9')];
    const scores = lixScores(files, []);
    expect(scores).toHaveLength(2);
    expect(scores.every((score) => score.score > LIX_WARNING_LEVEL)).toBe(true);
    expect(checkLix(scores, files).map((issue) => issue.file)).toEqual(['content/organisations/hard.md']);
  });
});
