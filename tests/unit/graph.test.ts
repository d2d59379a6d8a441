import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/plan/graph.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

describe('buildGraph and validatePlan on a valid plan', () => {
  const plan = makePlan();
  const graph = buildGraph(plan);
  const issues = validatePlan(plan);

  it('reports no issues', () => {
    expect(issues).toEqual([]);
  });

  it('links goals to indicators and indicators back to every goal using them', () => {
    expect(graph.indicatorsOfGoal('vuxna-3-2').map((i) => i.id)).toEqual(['en-indikator']);
    expect(graph.goalsOfIndicator('en-indikator').map((g) => g.id)).toEqual(['vuxna-3-2', 'barn-och-unga-3-2']);
  });

  it('links counterparts and assignments both ways', () => {
    expect(graph.counterpartOf('vuxna-3-2')?.id).toBe('barn-och-unga-3-2');
    expect(graph.assignmentsOfGoal('barn-och-unga-3-2').map((a) => a.id)).toEqual(['ett-uppdrag']);
    expect(graph.goalsOfAssignment('ett-uppdrag').map((g) => g.id)).toEqual(['vuxna-3-2', 'barn-och-unga-3-2']);
  });

  it('finds whom to contact about a goal through its assignments', () => {
    expect(graph.contactsOfGoal('vuxna-3-2').map((c) => c.id)).toEqual(['samordnare']);
    expect(graph.contactsOfAssignment('ett-uppdrag').map((c) => c.id)).toEqual(['samordnare']);
  });
});

describe('validatePlan reports every problem with file, field and id', () => {
  it('a reference to a missing indicator', () => {
    const plan = makePlan();
    plan.goals[0] = makeEntry('goals', 'vuxna-3-2', { indicators: ['en-indikator', 'saknas'], counterpart: 'barn-och-unga-3-2' });
    const issues = validatePlan(plan);
    expect(issues).toMatchObject([
      { code: 'dangling-reference', file: 'content/mal/vuxna-3-2.md', field: 'indicators', value: 'saknas' },
    ]);
    expect(issues[0]?.message).toMatchInlineSnapshot(
      `"Fältet \`indicators\` pekar på \`saknas\`, men det finns ingen indikator med det id:t (filen \`content/indikatorer/saknas.md\` saknas). Rätta id:t till ett befintligt filnamn utan ändelse, eller lägg till filen."`,
    );
  });

  it('two goals with the same number and target group', () => {
    const plan = makePlan();
    plan.goals.push(makeEntry('goals', 'vuxna-3-2-kopia', { indicators: ['en-indikator'] }));
    const issues = validatePlan(plan);
    expect(issues.map((i) => [i.code, i.file])).toEqual([
      ['duplicate-goal', 'content/mal/vuxna-3-2-kopia.md'],
      ['duplicate-url', 'content/mal/vuxna-3-2-kopia.md'],
    ]);
    expect(issues[0]?.message).toContain('content/mal/vuxna-3-2.md');
  });

  it('a goal whose focus area does not exist', () => {
    const plan = makePlan();
    plan.goals.push(makeEntry('goals', 'vuxna-4-1', { focusArea: 4, number: 1, indicators: ['en-indikator'] }));
    expect(validatePlan(plan)).toMatchObject([
      { code: 'missing-focus-area', file: 'content/mal/vuxna-4-1.md', field: 'focusArea', value: '4' },
    ]);
  });

  it('an indicator no goal uses', () => {
    const plan = makePlan();
    plan.indicators.push(makeEntry('indicators', 'oanvand', { slug: 'oanvand' }));
    expect(validatePlan(plan)).toMatchObject([
      { code: 'unused-indicator', file: 'content/indikatorer/oanvand.md', value: 'oanvand' },
    ]);
  });

  it('a withdrawn indicator may be unused', () => {
    const plan = makePlan();
    plan.indicators.push(makeEntry('indicators', 'gammal', { slug: 'gammal', status: 'utgått' }));
    expect(validatePlan(plan)).toEqual([]);
  });

  it('a counterpart that does not point back', () => {
    const plan = makePlan();
    plan.goals[1] = makeEntry('goals', 'barn-och-unga-3-2', { targetGroup: 'barn-och-unga', indicators: ['en-indikator'] });
    expect(validatePlan(plan)).toMatchObject([
      { code: 'counterpart-not-mutual', file: 'content/mal/vuxna-3-2.md', field: 'counterpart', value: 'barn-och-unga-3-2' },
    ]);
  });

  it('two entries that would publish the same URL, naming both files', () => {
    const plan = makePlan();
    plan.indicators.push(makeEntry('indicators', 'kopia', { title: 'Kopia' }));
    plan.goals[0]!.data.indicators.push('kopia');
    const issues = validatePlan(plan);
    expect(issues).toMatchObject([{ code: 'duplicate-url', file: 'content/indikatorer/kopia.md', value: '/indikatorer/en-indikator/' }]);
    expect(issues[0]?.message).toContain('content/indikatorer/en-indikator.md');
  });

  it('several problems in several files, all at once', () => {
    const plan = makePlan();
    plan.assignments[0] = makeEntry('assignments', 'ett-uppdrag', { goals: ['vuxna-9-9'], decidedBy: 'okand' });
    plan.contacts[0] = makeEntry('contacts', 'samordnare', { organisation: 'ingen' });
    const issues = validatePlan(plan);
    expect(issues.map((i) => `${i.file} ${i.field} ${i.value}`)).toEqual([
      'content/uppdrag/ett-uppdrag.md goals vuxna-9-9',
      'content/uppdrag/ett-uppdrag.md decidedBy okand',
      'content/kontakter/samordnare.md organisation ingen',
    ]);
  });
});
