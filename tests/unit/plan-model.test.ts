/**
 * The plan model's small promises that pages rely on: lists in the order readers see them,
 * withdrawn entries out of them, and the report that prints issues.
 */
import { describe, expect, it } from 'vitest';
import { kommunalforbundOf, membersOfSubRegion, municipalityUrl, subRegionsOf } from '../../src/plan/county.ts';
import { current } from '../../src/plan/entries.ts';
import { buildGraph } from '../../src/plan/graph.ts';
import { error, formatIssues, hasErrors, warning } from '../../src/plan/issues.ts';
import { localWorkOfGoal, localWorkOfSubRegion, localWorkOfTopic } from '../../src/plan/local-work.ts';
import { pageUrlsOf } from '../../src/plan/published-urls.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
const org = (id: string, kind: string, overrides: Record<string, unknown> = {}) => makeEntry('organisations', id, { name: id, kind, ...overrides });

describe('current entries', () => {
  it('are the ones still part of the plan, in their order', () => {
    const entries = [makeEntry('glossary', 'a'), makeEntry('glossary', 'b', { status: 'utgått' }), makeEntry('glossary', 'c')];
    expect(ids(current(entries))).toEqual(['a', 'c']);
  });
});

describe("the county's groups", () => {
  it('are listed alphabetically the Swedish way, current ones only', () => {
    const orgs = [
      org('Östra', 'delregional-vårdsamverkan', { slug: 'ostra' }), org('Ale', 'delregional-vårdsamverkan', { slug: 'ale' }),
      org('Gammal', 'delregional-vårdsamverkan', { slug: 'g', status: 'utgått' }), org('Zeta', 'delregional-vårdsamverkan', { slug: 'z' }),
      org('Ökf', 'kommunalförbund'), org('Akf', 'kommunalförbund'), org('Gkf', 'kommunalförbund', { status: 'utgått' }),
    ];
    expect(ids(subRegionsOf(orgs))).toEqual(['Ale', 'Zeta', 'Östra']);
    expect(ids(kommunalforbundOf(orgs))).toEqual(['Akf', 'Ökf']);
  });

  it('borrow members only from the body they name', () => {
    const kf = org('kf', 'kommunalförbund', { municipalities: ['Ett'] });
    expect(membersOfSubRegion(org('g', 'delregional-vårdsamverkan'), [kf])).toEqual({ names: [], via: undefined });
    expect(membersOfSubRegion(org('g', 'delregional-vårdsamverkan', { membersFrom: 'saknas' }), [kf])).toEqual({ names: [], via: undefined });
    expect(municipalityUrl({ slug: 'lilla-edet' })).toBe('/kommuner/#lilla-edet');
  });
});

describe('contacts of an organisation', () => {
  it('are the roles that name it', () => {
    const content = makePlan();
    content.organisations.push(makeEntry('organisations', 'annan', { name: 'Annan' }));
    content.contacts.push(makeEntry('contacts', 'andra', { organisation: 'annan' }));
    const graph = buildGraph(content);
    expect(ids(graph.contactsOfOrganisation('annan'))).toEqual(['andra']);
    expect(ids(graph.contactsOfOrganisation('styrgruppen'))).toEqual(['samordnare']);
  });
});

describe('local work on a page', () => {
  const work = (id: string, area: string, title: string, overrides: Record<string, unknown> = {}) =>
    makeEntry('localWork', id, { area, title, goals: ['vuxna-3-2'], goalTopics: ['suicidprevention'], ...overrides });
  const list = [work('c', 'Borås', 'B'), work('a', 'Borås', 'A'), work('x', 'Ale', 'Z'), work('old', 'Ale', 'A', { status: 'utgått' })];

  it('is sorted by area, then title, without withdrawn work, on goal and topic pages', () => {
    expect(ids(localWorkOfGoal(list, 'vuxna-3-2'))).toEqual(['x', 'a', 'c']);
    expect(ids(localWorkOfTopic(list, 'suicidprevention'))).toEqual(['x', 'a', 'c']);
  });

  it('on a sub-region page, includes work by the body standing in for the group, sorted', () => {
    const group = org('grupp', 'delregional-vårdsamverkan', { name: 'Grupp', slug: 'grupp', membersFrom: 'kf' });
    const byBody = [work('m', 'Västra Götaland', 'M', { organisation: 'kf' }), work('b', 'Borås', 'B'), work('e', 'Annat', 'E', { organisation: 'annan' })];
    expect(ids(localWorkOfSubRegion(byBody, group, ['Borås']))).toEqual(['b', 'm']);
    const alone = org('ensam', 'delregional-vårdsamverkan', { name: 'Ensam', slug: 'ensam' });
    expect(ids(localWorkOfSubRegion(byBody, alone, []))).toEqual([]);
  });
});

describe('published page addresses', () => {
  it('name for each page its file, id, collection and the field that decides the address', () => {
    const content = makePlan();
    content.focusAreas[0] = makeEntry('focusAreas', 'delaktighet', { redirectFrom: ['/fokusomraden/gammal/'] });
    content.organisations.push(
      makeEntry('organisations', 'fyrbodal', { name: 'Fyrbodal', kind: 'delregional-vårdsamverkan', slug: 'fyrbodal' }),
      makeEntry('organisations', 'utan', { name: 'Utan', kind: 'delregional-vårdsamverkan' }),
    );
    const row = (url: string, file: string, id: string, field: string, redirect: boolean, collection: string) => ({ url, file, id, field, redirect, collection });
    expect(pageUrlsOf(content)).toEqual([
      row('/fokusomraden/delaktighet/', 'content/fokusomraden/delaktighet.md', 'delaktighet', 'slug', false, 'focusAreas'),
      row('/fokusomraden/gammal/', 'content/fokusomraden/delaktighet.md', 'delaktighet', 'redirectFrom', true, 'focusAreas'),
      row('/mal/vuxna/3-2/', 'content/mal/vuxna-3-2.md', 'vuxna-3-2', 'targetGroup, focusArea, number', false, 'goals'),
      row('/mal/barn-och-unga/3-2/', 'content/mal/barn-och-unga-3-2.md', 'barn-och-unga-3-2', 'targetGroup, focusArea, number', false, 'goals'),
      row('/indikatorer/en-indikator/', 'content/indikatorer/en-indikator.md', 'en-indikator', 'slug', false, 'indicators'),
      row('/uppdrag/ett-uppdrag/', 'content/uppdrag/ett-uppdrag.md', 'ett-uppdrag', 'slug', false, 'assignments'),
      row('/delregioner/fyrbodal/', 'content/organisationer/fyrbodal.md', 'fyrbodal', 'slug', false, 'organisations'),
    ]);
  });
});

describe('issues', () => {
  const a = error({ file: 'content/mal/a.md', code: 'lix', line: 3, message: 'Ett.\nAndra raden.\n\nEfter tom rad.' });
  const b = warning({ file: 'content/mal/b.md', code: 'lix', message: 'Två.' });
  const c = warning({ file: 'content/mal/a.md', code: 'lix', line: 9, message: 'Tre.' });

  it('have errors only when one is an error', () => {
    expect([hasErrors([a, b]), hasErrors([b]), hasErrors([])]).toEqual([true, false, false]);
  });

  it('print grouped by file, with the line and "varning", continuation lines indented', () => {
    expect(formatIssues([a, b, c])).toBe(
      'content/mal/a.md\n  rad 3: Ett.\n    Andra raden.\n\n    Efter tom rad.\n  varning, rad 9: Tre.\n\ncontent/mal/b.md\n  varning: Två.',
    );
  });
});
