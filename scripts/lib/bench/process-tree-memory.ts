/**
 * Peak resident memory of a process and everything it starts (esbuild, Pagefind's binary), by
 * polling Linux's /proc: Node alone has no portable way to read a child tree's memory, and this
 * needs no extra tool on the machine. A poll every 50 ms catches the peak of a build that lasts
 * seconds closely; each process's own high-water mark (VmHWM) covers peaks between polls.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between two reads
  }
}

/** The process and all its descendants, via each thread's `children` list. */
export function processTree(root: number): number[] {
  return processTreeWithParents(root).map(({ pid }) => pid);
}

/** Each process of the tree with its parent (`undefined` for the root). */
function processTreeWithParents(root: number): { pid: number; parent: number | undefined }[] {
  const seen: { pid: number; parent: number | undefined }[] = [];
  const queue: { pid: number; parent: number | undefined }[] = [{ pid: root, parent: undefined }];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.some(({ pid }) => pid === next.pid)) continue;
    seen.push(next);
    for (const task of listTasks(next.pid)) {
      for (const child of readOr(`/proc/${next.pid}/task/${task}/children`).trim().split(/\s+/).filter(Boolean)) {
        queue.push({ pid: Number(child), parent: next.pid });
      }
    }
  }
  return seen;
}

export interface TreeProcess {
  pid: number;
  parent: number | undefined;
  /** `/proc/<pid>/cmdline`. */
  command: string;
  residentBytes: number;
}

/**
 * The resident bytes of a tree, each process counted once. A child that still runs its parent's
 * command is a fork that has not yet started its own program (Node starts `git` and every other
 * child that way): it shares all its pages with the parent, so its resident size, as large as
 * the parent's, is not memory of its own.
 */
export function treeResidentBytes(processes: readonly TreeProcess[]): number {
  const byPid = new Map(processes.map((process) => [process.pid, process]));
  return processes
    .filter(({ parent, command }) => parent === undefined || byPid.get(parent)?.command !== command)
    .reduce((total, { residentBytes }) => total + residentBytes, 0);
}

function listTasks(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

/** Resident bytes of one process now, from `/proc/<pid>/statm` (second field, in pages). */
function residentBytes(pid: number): number {
  const pages = Number(readOr(`/proc/${pid}/statm`).split(' ')[1] ?? 0);
  return pages * PAGE_SIZE;
}

/** The highest resident size the process has had, from `VmHWM` in `/proc/<pid>/status`. */
function highWaterBytes(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

export interface MemorySampler {
  /** Stops polling; returns the peak in bytes of the whole tree. */
  stop(): number;
}

/** Starts polling a process tree; the peak is the largest sum seen, or one process's own peak. */
export function sampleTreeMemory(root: number, intervalMs = 50): MemorySampler {
  let peak = 0;
  const poll = () => {
    const tree = processTreeWithParents(root);
    const sum = treeResidentBytes(tree.map(({ pid, parent }) => ({ pid, parent, command: readOr(`/proc/${pid}/cmdline`), residentBytes: residentBytes(pid) })));
    const single = Math.max(0, ...tree.map(({ pid }) => highWaterBytes(pid)));
    peak = Math.max(peak, sum, single);
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
