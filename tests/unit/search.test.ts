/** The pure parts of site search: query tidying, keywords, what each page tells the index, excerpts. */
import { describe, expect, it } from 'vitest';
import { separateAdjacentElements } from '../../src/search/word-boundaries.ts';
import { resultCount } from '../../src/i18n/sv.ts';
import { buildGraph } from '../../src/plan/graph.ts';
import { checkedWords, isNamedAnswer, isRealMatch, matchesTyped, normaliseQuery, realMatches } from '../../src/search/contract.ts';
import {
  assignmentSearchData,
  focusAreaSearchData,
  goalSearchData,
  indicatorSearchData,
  pageSearchData,
} from '../../src/search/index-data.ts';
import { excerptParts } from '../../src/search/client/excerpt.ts';
import { resultKicker } from '../../src/search/client/search-results.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { makeEntry, makePlan, rawEntry } from '../helpers/fixtures.ts';

describe('normaliseQuery', () => {
  it.each([
    ['3:2', '3:2'],
    ['3.2', '3:2'],
    ['3-2', '3:2'],
    ['3–2', '3:2'],
    ['3/2', '3:2'],
    ['3 2', '3:2'],
    ['mål 3 . 2', 'mål 3:2'],
    ['  mål   3:2  ', 'mål 3:2'],
    ['Mål 5.12 för vuxna', 'Mål 5:12 för vuxna'],
  ])('writes the goal number in %j the plan’s way: %j', (typed, tidied) => {
    expect(normaliseQuery(typed)).toBe(tidied);
  });

  it.each([['2016-10-19'], ['3 2018'], ['6.2'], ['brukare 2024'], ['13:2'], ['3.2.1'], ['delaktighet']])(
    'leaves %j alone',
    (typed) => expect(normaliseQuery(typed)).toBe(typed),
  );
});

describe('the keywords field', () => {
  const parse = (keywords: unknown) => COLLECTIONS.goals.schema.parse(rawEntry('goals', { keywords })).keywords;

  it('takes a list or a comma-separated line, trims, and drops repeats whatever their case', () => {
    expect(parse(['brukare', ' psykiatri '])).toEqual(['brukare', 'psykiatri']);
    expect(parse('brukare, psykiatri,, Brukare')).toEqual(['Brukare', 'psykiatri']);
    expect(parse(undefined)).toEqual([]);
  });

  it('refuses a keyword too long to be one, saying what to do', () => {
    const result = COLLECTIONS.indicators.schema.safeParse(rawEntry('indicators', { keywords: ['x'.repeat(61)] }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['keywords.0', 'Ett sökord får vara högst 60 tecken. Skriv flera sökord som en lista.'],
    ]);
  });
});

describe('what each page tells the search index', () => {
  const graph = buildGraph(makePlan());
  const [adult, child] = [graph.goalById.get('vuxna-3-2')!, graph.goalById.get('barn-och-unga-3-2')!];

  it('files a goal under its focus area and target group, with its number', () => {
    expect(goalSearchData(child, graph)).toEqual({
      type: 'mål',
      focusAreas: ['Enskildas delaktighet'],
      targetGroups: ['Barn och unga'],
      goal: { code: '3:2', targetGroup: 'Barn och unga' },
      keywords: [],
    });
    expect(goalSearchData(adult, graph).targetGroups).toEqual(['Vuxna']);
  });

  it('files an indicator and an assignment under the areas and groups of their goals', () => {
    const indicator = graph.indicatorById.get('en-indikator')!;
    expect(indicatorSearchData(indicator, graph)).toMatchObject({
      type: 'indikator',
      focusAreas: ['Enskildas delaktighet'],
      targetGroups: ['Vuxna', 'Barn och unga'],
    });
    expect(assignmentSearchData(graph.assignmentById.get('ett-uppdrag')!, graph).type).toBe('uppdragshandling');
  });

  it('files a focus area under itself and both target groups, with its keywords', () => {
    const area = makeEntry('focusAreas', 'delaktighet', { keywords: ['brukare'] });
    expect(focusAreaSearchData(area)).toEqual({
      type: 'fokusområde',
      focusAreas: ['Enskildas delaktighet'],
      targetGroups: ['Vuxna', 'Barn och unga'],
      keywords: ['brukare'],
    });
    expect(pageSearchData('kontakt')).toEqual({ type: 'kontakt', focusAreas: [], targetGroups: [], keywords: [] });
  });
});

describe('search results', () => {
  it('counts results in Swedish', () => {
    expect(resultCount(3, 'brukare', false)).toBe('3 träffar för ”brukare”.');
    expect(resultCount(1, 'SIP', false)).toBe('1 träff för ”SIP”.');
    expect(resultCount(0, 'skola', false)).toBe('Inga träffar för ”skola”.');
    expect(resultCount(2, 'brukare', true)).toBe('2 träffar för ”brukare” med de valda avgränsningarna.');
  });

  it('shows a goal as "Mål 3:2 · Vuxna" and other pages by their type', () => {
    expect(resultKicker({ meta: { mal: '3:2', malgrupp: 'Vuxna' }, filters: { typ: ['Mål'] } })).toBe('Mål 3:2 · Vuxna');
    expect(resultKicker({ meta: {}, filters: { typ: ['Indikator'] } })).toBe('Indikator');
  });

  it('splits an excerpt into text and marked words, decoding entities without parsing markup', () => {
    expect(excerptParts('Mål <mark>3:2</mark> för &lt;vuxna&gt; &amp; <mark>barn</mark>.')).toEqual([
      { text: 'Mål ', marked: false },
      { text: '3:2', marked: true },
      { text: ' för <vuxna> & ', marked: false },
      { text: 'barn', marked: true },
      { text: '.', marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', marked: false }]);
  });
});

describe('separateAdjacentElements', () => {
  it('keeps apart words that compressed HTML glues together at block elements, but not before punctuation', () => {
    expect(separateAdjacentElements('<dt>Målgrupp</dt><dd>Vuxna</dd>')).toBe('<dt>Målgrupp</dt> <dd>Vuxna</dd>');
    expect(separateAdjacentElements('<td>3:2</td><td>Vuxna</td></tr><tr>')).toBe('<td>3:2</td> <td>Vuxna</td></tr> <tr>');
    // Between two inline elements a space would show on the page, so it is not added.
    expect(separateAdjacentElements('<span>Mål 3:2</span><span class="tag">Vuxna</span>')).toBe(
      '<span>Mål 3:2</span><span class="tag">Vuxna</span>',
    );
    expect(separateAdjacentElements('<a href="/">Källa</a><span>, VästKom</span>')).toBe('<a href="/">Källa</a><span>, VästKom</span>');
    expect(separateAdjacentElements('<strong>bruk</strong>are')).toBe('<strong>bruk</strong>are');
  });

  it('leaves preformatted text, form fields, scripts and styles as written', () => {
    const raw = '<pre><b>a</b><i>b</i></pre><textarea><b>c</b><i>d</i></textarea><script>"</b><i>"</script>';
    expect(separateAdjacentElements(`<dt>A</dt><dd>B</dd>${raw}<dt>C</dt><dd>D</dd>`)).toBe(
      `<dt>A</dt> <dd>B</dd>${raw}<dt>C</dt> <dd>D</dd>`,
    );
  });
});

describe('real matches, not Pagefind’s fallback to a shorter word', () => {
  it.each([
    ['självmord', 'självmord'],
    ['självmord', 'Självmordslinjen'],
    ['ångest', 'Ångest,'],
    ['kommunerna', 'kommun'],
    ['kommunalforbund', 'kommunalförbund'],
    ['delaktigheten', 'delaktighet'],
    ['brukare', 'brukarinflytande'],
    ['dåligt', 'dålig'],
    ['barns', 'barn'],
  ])('%j matches the word %j on a page', (typed, found) => {
    expect(matchesTyped(typed, found)).toBe(true);
  });

  it.each([
    ['självmord', 'själva'],
    ['ångest', 'anger'],
    ['självkänsla', 'själva'],
    ['kris', 'kri'],
    ['depression', 'dep'],
  ])('%j does not match the different word %j', (typed, found) => {
    expect(matchesTyped(typed, found)).toBe(false);
  });

  const page = (content: string, locations: number[], meta: Record<string, string> = {}) => ({ content, locations, meta });

  it('keeps a page only if every typed word has a real match among its matched words or metadata', () => {
    const text = 'Vi har själva testat sidorna med skärmläsare';
    expect(isRealMatch('självmord', page(text, [2]))).toBe(false);
    expect(isRealMatch('själva', page(text, [2]))).toBe(true);
    expect(isRealMatch('självmord skärmläsare', page(text, [2, 6]))).toBe(false);
    expect(isRealMatch('psykiatri', page(text, [], { sokord: 'psykiatri, historik' }))).toBe(true);
  });

  it('leaves goal numbers and two-letter words to Pagefind', () => {
    expect(checkedWords('mål 3:2 må dåligt')).toEqual(['mål', 'dåligt']);
    expect(isRealMatch('3:2', page('Mål 3:2', [1]))).toBe(true);
  });

  it('drops only the fallback results, in Pagefind’s order', async () => {
    const result = (url: string, content: string, locations: number[]) => ({
      url,
      data: async () => ({ content, locations, meta: {} }),
    });
    const results = [
      result('/tillganglighet/', 'Vi har själva testat', [2]),
      result('/stod-nu/', 'Ring Självmordslinjen på 90101', [1]),
    ];
    expect((await realMatches('självmord', results)).map((r) => r.url)).toEqual(['/stod-nu/']);
  });

  it('puts the pages whose editors named the typed word first, else keeps Pagefind’s order', async () => {
    const result = (url: string, content: string, keywords?: string) => ({
      url,
      data: async () => ({ content, locations: [0], meta: keywords === undefined ? {} : { sokord: keywords } }),
    });
    const results = [
      result('/suicidprevention/', 'suicidprevention i länet', 'suicidprevention, nollvision'),
      result('/mal/', 'suicid, nollvision'),
      result('/stod-nu/', 'suicid. Ring 90101', 'självmord, suicid, må dåligt'),
    ];
    expect((await realMatches('suicid', results)).map((r) => r.url)).toEqual(['/stod-nu/', '/suicidprevention/', '/mal/']);
    expect((await realMatches('suicidprevention', results)).map((r) => r.url)).toEqual(['/suicidprevention/']);
    // A keyword of two words is named by the whole query, whatever its spacing.
    expect(isNamedAnswer('må  dåligt', { content: '', locations: [], meta: { sokord: 'må dåligt' } })).toBe(true);
    expect(isNamedAnswer('dåligt väder', { content: '', locations: [], meta: { sokord: 'må dåligt' } })).toBe(false);
  });
});
