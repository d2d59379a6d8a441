import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/plan/graph.ts';
import { validatePlan } from '../../src/plan/rules/index.ts';
import { readContentFiles, validateContentFiles } from '../../src/check/read-content.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

describe('the real content', async () => {
  const { files, problems } = await readContentFiles(resolve(PROJECT_ROOT, 'content'), PROJECT_ROOT);
  const { content, failures } = validateContentFiles(files);

  it('parses and passes every schema', () => {
    expect(problems).toEqual([]);
    expect(failures.map((f) => ({ file: f.file.filePath, issues: f.issues }))).toEqual([]);
  });

  it('has no cross-reference problems', () => {
    expect(validatePlan(content)).toEqual([]);
  });

  it('has the five focus areas and both published 3:2 goals sharing their indicator', () => {
    const graph = buildGraph(content);
    expect([...graph.focusAreaByNumber.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    const goals = graph.goalsOfIndicator('systematiskt-samarbete-med-brukarorganisationer');
    expect(goals.map((g) => `${g.data.targetGroup} ${g.data.focusArea}:${g.data.number}`)).toEqual([
      'vuxna 3:2',
      'barn-och-unga 3:2',
    ]);
  });
});
