/**
 * Promise: every cross-reference of the graph holds for each id in a list, both ways, in the
 * plan's order — not only for the first. A plan where every list has several ids.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, compareGoals } from '../../src/plan/graph.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { makeEntry, makePlan } from '../helpers/fixtures.ts';

function plan() {
  const content = makePlan();
  content.focusAreas.push(makeEntry('focusAreas', 'tidiga', { number: 4, slug: 'tidiga', title: 'Tidiga insatser' }));
  content.indicators = ['a', 'b', 'c'].map((id) => makeEntry('indicators', id, { slug: id, title: id.toUpperCase() }));
  content.goals = [
    // Listed out of the plan's order on purpose.
    makeEntry('goals', 'vuxna-4-1', { focusArea: 4, number: 1, indicators: ['c'] }),
    makeEntry('goals', 'barn-och-unga-3-2', { targetGroup: 'barn-och-unga', indicators: ['a', 'b'], counterpart: 'vuxna-3-2' }),
    makeEntry('goals', 'vuxna-3-2', { indicators: ['a', 'b', 'c'], counterpart: 'barn-och-unga-3-2' }),
    makeEntry('goals', 'vuxna-3-1', { number: 1, indicators: ['b'] }),
  ];
  content.assignments = [
    makeEntry('assignments', 'u1', { slug: 'u1', goals: ['vuxna-4-1', 'vuxna-3-2', 'barn-och-unga-3-2'] }),
    makeEntry('assignments', 'u2', { slug: 'u2', goals: ['vuxna-3-2'] }),
  ];
  content.organisations.push(makeEntry('organisations', 'annan', { name: 'Annan' }));
  content.contacts = [
    makeEntry('contacts', 'k1', { assignments: ['u1', 'u2'] }),
    makeEntry('contacts', 'k2', { assignments: ['u2'], focusAreas: [3], organisation: 'annan' }),
    makeEntry('contacts', 'k3', { focusAreas: [3, 4] }),
  ];
  const graph = buildGraph(content);
  return { graph, issues: validatePlan(content, graph) };
}

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('the graph, for each id in every list', () => {
  const { graph, issues } = plan();

  it('starts from a valid plan', () => expect(issues).toEqual([]));

  it('orders goals as the plan does: area, number, adults before children', () => {
    expect(ids(graph.content.goals)).toEqual(['vuxna-3-1', 'vuxna-3-2', 'barn-och-unga-3-2', 'vuxna-4-1']);
    const [a, b] = [graph.goalById.get('vuxna-3-2')!, graph.goalById.get('barn-och-unga-3-2')!];
    expect([compareGoals(a, b) < 0, compareGoals(b, a) > 0, compareGoals(a, a) === 0]).toEqual([true, true, true]);
  });

  it('links a goal to each of its indicators, in the goal’s order, and each indicator back to each goal', () => {
    expect(ids(graph.indicatorsOfGoal('vuxna-3-2'))).toEqual(['a', 'b', 'c']);
    expect(ids(graph.indicatorsOfGoal('barn-och-unga-3-2'))).toEqual(['a', 'b']);
    expect(ids(graph.goalsOfIndicator('a'))).toEqual(['vuxna-3-2', 'barn-och-unga-3-2']);
    expect(ids(graph.goalsOfIndicator('b'))).toEqual(['vuxna-3-1', 'vuxna-3-2', 'barn-och-unga-3-2']);
    expect(ids(graph.goalsOfIndicator('c'))).toEqual(['vuxna-3-2', 'vuxna-4-1']);
    expect(graph.indicatorsOfGoal('finns-inte')).toEqual([]);
    expect(graph.goalsOfIndicator('finns-inte')).toEqual([]);
  });

  it('links each assignment to each goal it serves (in plan order) and each goal back', () => {
    expect(ids(graph.goalsOfAssignment('u1'))).toEqual(['vuxna-3-2', 'barn-och-unga-3-2', 'vuxna-4-1']);
    expect(ids(graph.assignmentsOfGoal('vuxna-3-2'))).toEqual(['u1', 'u2']);
    expect(ids(graph.assignmentsOfGoal('vuxna-4-1'))).toEqual(['u1']);
    expect(graph.assignmentsOfGoal('vuxna-3-1')).toEqual([]);
    expect(graph.goalsOfAssignment('finns-inte')).toEqual([]);
  });

  it('lists the goals of each focus area, and counterparts both ways', () => {
    expect(ids(graph.goalsOfFocusArea(3))).toEqual(['vuxna-3-1', 'vuxna-3-2', 'barn-och-unga-3-2']);
    expect(ids(graph.goalsOfFocusArea(4))).toEqual(['vuxna-4-1']);
    expect(graph.counterpartOf('vuxna-3-2')?.id).toBe('barn-och-unga-3-2');
    expect(graph.counterpartOf('barn-och-unga-3-2')?.id).toBe('vuxna-3-2');
    expect(graph.counterpartOf('vuxna-3-1')).toBeUndefined();
    expect(graph.counterpartOf('finns-inte')).toBeUndefined();
  });

  it('finds each contact of a goal, through each assignment and its focus area, once each', () => {
    expect(ids(graph.contactsOfGoal('vuxna-3-2'))).toEqual(['k1', 'k2', 'k3']);
    expect(ids(graph.contactsOfGoal('vuxna-3-1'))).toEqual(['k2', 'k3']);
    expect(ids(graph.contactsOfGoal('vuxna-4-1'))).toEqual(['k1', 'k3']);
    expect(graph.contactsOfGoal('finns-inte')).toEqual([]);
    expect(ids(graph.contactsOfAssignment('u2'))).toEqual(['k1', 'k2']);
    expect(ids(graph.contactsOfOrganisation('styrgruppen'))).toEqual(['k1', 'k3']);
    expect(ids(graph.contactsOfOrganisation('annan'))).toEqual(['k2']);
  });

  it('finds each entry by id or number', () => {
    expect([...graph.indicatorById.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect([...graph.assignmentById.keys()].sort()).toEqual(['u1', 'u2']);
    expect([...graph.organisationById.keys()].sort()).toEqual(['annan', 'styrgruppen']);
    expect([...graph.focusAreaByNumber.keys()].sort()).toEqual([3, 4]);
  });
});
