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
  const seen: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.includes(pid)) continue;
    seen.push(pid);
    for (const task of listTasks(pid)) {
      for (const child of readOr(`/proc/${pid}/task/${task}/children`).trim().split(/\s+/).filter(Boolean)) {
        queue.push(Number(child));
      }
    }
  }
  return seen;
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
    const pids = processTree(root);
    const sum = pids.reduce((total, pid) => total + residentBytes(pid), 0);
    const single = Math.max(0, ...pids.map(highWaterBytes));
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
