/**
 * The bench's memory of a process tree: every process counted once, and a fork that has not yet
 * started its own program (it runs its parent's command and shares the parent's pages) not at all.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processTree, treeResidentBytes, type TreeProcess } from '../../../scripts/lib/bench/process-tree-memory.ts';

const MB = 2 ** 20;

describe('treeResidentBytes', () => {
  it('adds every process of the tree', () => {
    const tree: TreeProcess[] = [
      { pid: 1, parent: undefined, command: 'node build.ts', residentBytes: 70 * MB },
      { pid: 2, parent: 1, command: 'node astro.mjs build', residentBytes: 800 * MB },
      { pid: 3, parent: 2, command: 'esbuild --service', residentBytes: 16 * MB },
    ];
    expect(treeResidentBytes(tree)).toBe(886 * MB);
  });

  it('leaves out a child that still runs its parent’s command, but not its own children', () => {
    const tree: TreeProcess[] = [
      { pid: 2, parent: undefined, command: 'node astro.mjs build', residentBytes: 800 * MB },
      { pid: 4, parent: 2, command: 'node astro.mjs build', residentBytes: 370 * MB },
      { pid: 5, parent: 2, command: 'git log', residentBytes: 5 * MB },
    ];
    expect(treeResidentBytes(tree)).toBe(805 * MB);
  });
});

describe('processTree', () => {
  it('finds a child and its grandchild', async () => {
    const grandchild = 'setTimeout(() => {}, 5000)';
    const child = spawn(process.execPath, ['-e', `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' }); console.log('started'); setTimeout(() => {}, 5000)`], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      await new Promise((started) => child.stdout.once('data', started));
      await new Promise((wait) => setTimeout(wait, 200));
      expect(processTree(child.pid!)).toHaveLength(2);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
