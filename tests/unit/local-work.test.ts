import { describe, expect, it } from 'vitest';
import { localWorkOfGoal, localWorkOfSubRegion, localWorkOfTopic } from '../../src/plan/local-work.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

const named = makeEntry('localWork', 'namngiven', { goals: ['vuxna-3-2'], area: 'Ett' });
const whole = makeEntry('localWork', 'hela-planen', { wholePlan: true, area: 'Tre' });
const topic = makeEntry('localWork', 'suicid', { goalTopics: ['suicidprevention'], area: 'Förbund A', organisation: 'kf' });
const withdrawn = makeEntry('localWork', 'gammal', { goals: ['vuxna-3-2'], status: 'utgått' });
const work = [named, whole, topic, withdrawn];

describe('where local work is listed', () => {
  it('on a goal page: work named for the goal and work on the whole plan, not withdrawn work', () => {
    expect(localWorkOfGoal(work, 'vuxna-3-2').map((w) => w.id)).toEqual(['namngiven', 'hela-planen']);
    expect(localWorkOfGoal(work, 'barn-och-unga-3-2').map((w) => w.id)).toEqual(['hela-planen']);
  });

  it('on a topic page and on a sub-region page (via a municipality or the body standing in for the group)', () => {
    expect(localWorkOfTopic(work, 'suicidprevention').map((w) => w.id)).toEqual(['suicid']);
    const group = makeEntry('organisations', 'grupp', { name: 'Grupp', kind: 'delregional-vårdsamverkan', slug: 'grupp', membersFrom: 'kf' });
    expect(localWorkOfSubRegion(work, group, ['Ett']).map((w) => w.id)).toEqual(['namngiven', 'suicid']);
  });

  it('is checked by the graph: a goal that does not exist and an unknown area are problems', () => {
    const content = { ...makePlan(), localWork: [makeEntry('localWork', 'fel', { goals: ['vuxna-9-9'], area: 'Atlantis' })] };
    expect(validatePlan(content).map((i) => [i.code, i.field])).toEqual(expect.arrayContaining([
      ['dangling-reference', 'goals'],
      ['unknown-area', 'area'],
    ]));
  });
});
