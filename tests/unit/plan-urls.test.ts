/**
 * The addresses and names the plan model gives its pages, and the "Menade du …?" suggestion every
 * message uses. Municipalities link to these addresses, so each is written out in full.
 */
import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../src/plan/suggest.ts';
import { redirectsOf } from '../../src/plan/published-urls.ts';
import {
  assignmentUrl, contactUrl, eventUrl, focusAreaUrl, goalCode, goalGroupUrl, goalLabel, goalUrl, indicatorUrl, organisationUrl, slugify,
} from '../../src/plan/urls.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

describe('page addresses', () => {
  it('are built from the data, in Swedish, with a trailing slash', () => {
    expect(focusAreaUrl({ slug: 'delaktighet' })).toBe('/fokusomraden/delaktighet/');
    expect(goalUrl({ targetGroup: 'barn-och-unga', focusArea: 3, number: 2 })).toBe('/mal/barn-och-unga/3-2/');
    expect(goalGroupUrl('vuxna')).toBe('/mal/vuxna/');
    expect(indicatorUrl({ slug: 'a' })).toBe('/indikatorer/a/');
    expect(assignmentUrl({ slug: 'u' })).toBe('/uppdrag/u/');
    expect(contactUrl('k')).toBe('/kontakt/#k');
    expect(organisationUrl('o')).toBe('/organisation/#o');
    expect(eventUrl('e')).toBe('/om/#e');
  });

  it('name goals the way the plan does', () => {
    expect(goalCode({ focusArea: 3, number: 2 })).toBe('3:2');
    expect(goalLabel({ targetGroup: 'vuxna', focusArea: 3, number: 2 })).toBe('Mål 3:2 för vuxna');
    expect(goalLabel({ targetGroup: 'barn-och-unga', focusArea: 1, number: 4 })).toBe('Mål 1:4 för barn och unga');
  });
});

describe('slugify', () => {
  it.each([
    ['Tidiga insatser', 'tidiga-insatser'],
    ['Ökad delaktighet för äldre', 'okad-delaktighet-for-aldre'],
    ['Å, Ä & Ö!', 'a-a-o'],
    ['  --Suicid 2024--  ', 'suicid-2024'],
    ['é ü', 'e-u'],
    ['', ''],
  ])('%j → %j', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('redirects', () => {
  it('lead each earlier address to the page it belongs to now, sorted by the earlier address', () => {
    const content = makePlan();
    content.goals[0] = makeEntry('goals', 'vuxna-3-2', { indicators: ['en-indikator'], counterpart: 'barn-och-unga-3-2', redirectFrom: ['/mal/vuxna/2-1/', '/mal/vuxna/1-9/'] });
    content.indicators[0] = makeEntry('indicators', 'en-indikator', { redirectFrom: ['/indikatorer/gammal/'] });
    expect(redirectsOf(content)).toEqual([
      { from: '/indikatorer/gammal/', to: '/indikatorer/en-indikator/', file: 'content/indikatorer/en-indikator.md' },
      { from: '/mal/vuxna/1-9/', to: '/mal/vuxna/3-2/', file: 'content/mal/vuxna-3-2.md' },
      { from: '/mal/vuxna/2-1/', to: '/mal/vuxna/3-2/', file: 'content/mal/vuxna-3-2.md' },
    ]);
  });

  it('include a sub-region page only when it has an address', () => {
    const content = makePlan();
    content.organisations.push(
      makeEntry('organisations', 'fyrbodal', { name: 'Fyrbodal', kind: 'delregional-vårdsamverkan', slug: 'fyrbodal', redirectFrom: ['/delregioner/nv/'] }),
      makeEntry('organisations', 'utan', { name: 'Utan', kind: 'delregional-vårdsamverkan', redirectFrom: ['/delregioner/x/'] }),
    );
    expect(redirectsOf(content)).toEqual([{ from: '/delregioner/nv/', to: '/delregioner/fyrbodal/', file: 'content/organisationer/fyrbodal.md' }]);
  });
});

describe('the suggestion for a misspelling', () => {
  it('finds the same word written with another case, å/ä/ö or separators', () => {
    expect(closestMatch('BARN_OCH unga', ['vuxna', 'barn-och-unga'])).toBe('barn-och-unga');
    expect(closestMatch('fokusomraden', ['fokusområden'])).toBe('fokusområden');
  });

  it('picks the closest candidate, the first of equals', () => {
    expect(closestMatch('vuxn', ['vuxen', 'vuxna'])).toBe('vuxen');
    expect(closestMatch('abcd', ['abxy', 'abcx'])).toBe('abcx');
  });

  it('suggests nothing for the value itself, no candidates, or a word too far off', () => {
    expect(closestMatch('title', ['title'])).toBeUndefined();
    expect(closestMatch('title', [])).toBeUndefined();
    expect(closestMatch('xyz', ['title'])).toBeUndefined();
  });

  it('allows about two fifths of the word to differ, and at least two letters', () => {
    // 10 letters: 4 may differ.
    expect(closestMatch('abcdefghij', ['abcdevwxyz'])).toBeUndefined();
    expect(closestMatch('abcdefghij', ['abcdefwxyz'])).toBe('abcdefwxyz');
    // Short words: two letters.
    expect(closestMatch('ab', ['xy'])).toBe('xy');
    expect(closestMatch('a', ['xyz'])).toBeUndefined();
    expect(closestMatch('abc', ['axy'])).toBe('axy');
    expect(closestMatch('abcde', ['vwxyz'])).toBeUndefined();
  });

  it('is written as a sentence to add to a message', () => {
    expect(didYouMean('titel', ['title', 'summary'])).toBe(' Menade du `title`?');
    expect(didYouMean('qqqq', ['title'])).toBe('');
  });
});
