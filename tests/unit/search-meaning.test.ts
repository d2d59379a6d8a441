/**
 * What search promises, word by word: how a typed word loses its Swedish ending, when a hit is
 * real, when an editor's search word makes a page the answer, where words are kept apart for the
 * index, and what the county and entry pages tell the index about themselves.
 */
import { describe, expect, it, vi } from 'vitest';
import { isNamedAnswer, isRealMatch, matchesTyped, META, realMatches, roughStem } from '../../src/search/contract.ts';
import { subRegionSearchData } from '../../src/search/county.ts';
import { indicatorSearchData } from '../../src/search/index-data.ts';
import { separateAdjacentElements } from '../../src/search/word-boundaries.ts';
import type { Entry } from '../../src/plan/entries.ts';
import type { Goal } from '../../src/schemas/goal.ts';
import { makeEntry } from '../helpers/fixtures.ts';

describe('a typed word without its ending', () => {
  it.each([
    ['kommunerna', 'kommun', 'an ending from the list'],
    ['bilar', 'bil', 'an ending that leaves exactly three letters'],
    ['ser', 'ser', 'no ending that would leave fewer than three letters'],
    ['barns', 'barn', 'a final s after a consonant'],
    ['kris', 'kris', 'a final s after a vowel stays'],
    ['ars', 'ars', 'a final s that would leave two letters stays'],
    ['dåligt', 'dalig', 'a -gt pair at the end loses its last letter'],
    ['bittra', 'bittr', 'a pair inside the word stays'],
    ['ett', 'ett', 'a pair that would leave two letters stays'],
  ])('%s → %s (%s)', (typed, stem) => {
    expect(roughStem(typed)).toBe(stem);
  });

  it('matches a page word that starts with the word or with its stem, and nothing shorter', () => {
    expect(matchesTyped('kommunerna', 'Kommunens')).toBe(true);
    expect(matchesTyped('självmord', 'själva')).toBe(false);
  });
});

describe('a real hit', () => {
  const page = (content: string, locations: number[], meta: Record<string, string | undefined> = {}) => ({ content, locations, meta });

  it('needs every typed word in the matched words or the metadata', () => {
    expect(isRealMatch('ångest stöd', page('Om ångest och stöd', [1, 3]))).toBe(true);
    expect(isRealMatch('ångest stöd', page('Om ångest och stöd', [1]))).toBe(false);
    expect(isRealMatch('ångest stöd', page('Om ångest', [1], { title: 'Stöd, hjälp' }))).toBe(true);
  });

  it('finds nothing in a location past the text or in metadata without a value', () => {
    expect(isRealMatch('stryker', page('hej', [5], { title: undefined }))).toBe(false);
  });
});

describe('an editor’s search word', () => {
  const withKeywords = (keywords: string | undefined) => ({ content: '', locations: [], meta: keywords === undefined ? {} : { [META.keywords]: keywords } });

  it('makes the page the answer for the whole query or one of its words', () => {
    expect(isNamedAnswer('suicid', withKeywords('Suicid,kris'))).toBe(true);
    expect(isNamedAnswer('stöd nu', withKeywords('stödnu'))).toBe(true);
    expect(isNamedAnswer('hjälp', withKeywords('suicid,kris'))).toBe(false);
  });

  it('is never an empty word, and a page without search words names nothing', () => {
    expect(isNamedAnswer('   ', withKeywords('a,,b'))).toBe(false);
    expect(isNamedAnswer('Stryker was here!', withKeywords(undefined))).toBe(false);
  });

  it('leaves results in Pagefind’s order, without loading them, when no typed word can be checked', async () => {
    const load = vi.fn();
    const result = (keywords: string) => ({ keywords, data: async () => (load(), withKeywords(keywords)) });
    const results = [result(''), result('3:2')];
    expect(await realMatches('3:2', results)).toEqual(results);
    expect(load).not.toHaveBeenCalled();
  });
});

describe('words kept apart for the index', () => {
  it('where a block element meets an inline one, in either order and in any case', () => {
    expect(separateAdjacentElements('<p><span>a</span><div>b</div></p>')).toContain('</span> <div>');
    expect(separateAdjacentElements('<P><SPAN>a</SPAN><DIV>b</DIV></P>')).toContain('</SPAN> <DIV>');
    expect(separateAdjacentElements('<DIV>a</DIV><SPAN>b</SPAN>')).toBe('<DIV>a</DIV> <SPAN>b</SPAN>');
  });

  it('not between two inline elements, where a space would show', () => {
    expect(separateAdjacentElements('<b>a</b><i>b</i>')).toBe('<b>a</b><i>b</i>');
  });
});

describe('what pages tell the index', () => {
  it('a sub-region: its abbreviation and its municipalities as search words, and no area or group', () => {
    const group = makeEntry('organisations', 'gr', { kind: 'delregional-vårdsamverkan', abbreviation: 'LGS' });
    expect(subRegionSearchData(group, ['Göteborg', 'Mölndal'])).toEqual({ type: 'delregion', focusAreas: [], targetGroups: [], keywords: ['LGS', 'Göteborg', 'Mölndal'] });
    const plain = makeEntry('organisations', 'simba', { kind: 'delregional-vårdsamverkan' });
    expect(subRegionSearchData(plain, ['Ale'])).toEqual({ type: 'delregion', focusAreas: [], targetGroups: [], keywords: ['Ale'] });
  });

  it('an indicator: the focus areas of its goals once each, by number (an unknown number left out), and their target groups', () => {
    const goal = (id: string, focusArea: number, targetGroup: Goal['targetGroup']) => makeEntry('goals', id, { focusArea, targetGroup }) as Entry<Goal>;
    const goals = [goal('a', 3, 'vuxna'), goal('b', 1, 'barn-och-unga'), goal('c', 3, 'vuxna'), goal('d', 5, 'vuxna'), goal('e', 4, 'vuxna')];
    const titles = new Map([1, 3, 5].map((n) => [n, { data: { title: `Område ${n}` } }]));
    const plan = { focusAreaByNumber: titles, goalsOfIndicator: () => goals, goalsOfAssignment: () => [] } as never;
    const data = indicatorSearchData(makeEntry('indicators', 'en-indikator'), plan);
    expect(data.focusAreas).toEqual(['Område 1', 'Område 3', 'Område 5']);
    expect(data.targetGroups).toEqual(['Vuxna', 'Barn och unga']);
  });
});
