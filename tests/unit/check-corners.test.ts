/**
 * Corners of the check's rules that mutation testing showed no test reached (README, "Mutation
 * testing", part 1 of `src/check`): each case is a file or report an editor could produce.
 */
import { describe, expect, it } from 'vitest';
import { YAMLParseError } from 'yaml';
import { jsonReport } from '../../src/check/formats.ts';
import { lix, markdownToText } from '../../src/check/lix.ts';
import { checkLix, lixScores, type LixScore } from '../../src/check/lix-check.ts';
import type { ContentFile } from '../../src/check/read-content.ts';
import { describeYamlError } from '../../src/check/yaml-problems.ts';
import { error, warning } from '../../src/plan/issues.ts';
import type { PageUrl } from '../../src/plan/published-urls.ts';

const words = (n: number) => Array.from({ length: n }, () => 'ord').join(' ');

describe('corners of the check', () => {
  it('counts errors and warnings apart in the JSON report', () => {
    const issues = [error({ file: 'a', code: 'unknown-field', message: 'x' }), warning({ file: 'b', code: 'lix', message: 'y' })];
    expect(JSON.parse(jsonReport(2, issues))).toMatchObject({ fileCount: 2, errors: 1, warnings: 1 });
  });

  it('reads list items numbered 10 and up, and ends a paragraph at a line of spaces', () => {
    expect(markdownToText('10. tio\n11) elva')).toBe('\n\ntio\n\n\nelva');
    expect(lix(`${words(20)}\n   \n${words(20)}`)!.sentences).toBe(2);
  });

  it('removes a comment that holds a `>`, and keeps `import` inside a line', () => {
    expect(markdownToText('a <!-- b > c --> d')).toBe('a   d');
    expect(markdownToText('Vi import data.')).toBe('Vi import data.');
  });

  it('asks to split sentences only above 15 words each', () => {
    const score: LixScore = { file: 'f.md', page: '/', quoted: false, score: 45, words: 150, sentences: 10, longWords: 30, longestSentence: 'Kort.' };
    expect(checkLix([score], [])[0]!.message).not.toContain('Dela långa meningar');
  });

  it('takes a page’s own address over its redirects, in any order, and a standalone page only from its own collection', () => {
    const file = (collection: ContentFile['collection'], id: string): ContentFile => ({
      collection, id, filePath: `content/${collection}/${id}.md`, raw: {}, body: `${words(45)}.`, bodyLine: 5, positions: { lines: new Map(), scalars: [] },
    });
    const produced = [
      { url: '/mal/vuxna/3-2/', file: 'content/goals/g.md', redirect: false },
      { url: '/gammal/', file: 'content/goals/g.md', redirect: true },
    ] as PageUrl[];
    expect(lixScores([file('goals', 'g'), file('localWork', 'om')], produced).map((score) => score.page)).toEqual(['/mal/vuxna/3-2/', undefined]);
  });

  it('names a field written twice even with a space before its colon, and sees a value ending in a colon', () => {
    const duplicate = new YAMLParseError([0, 1], 'DUPLICATE_KEY', 'Map keys must be unique');
    expect(describeYamlError(duplicate, 'title : b')).toContain('Fältet `title` står två gånger.');
    const colon = new YAMLParseError([0, 1], 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
    expect(describeYamlError(colon, 'title: Mål 3:')).toContain('Värdet innehåller kolon följt av mellanslag.');
    expect(describeYamlError(colon, 'title: Mål 3')).not.toContain('Värdet innehåller kolon');
  });
});
