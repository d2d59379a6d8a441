/**
 * Runs one command (an `astro build`, or standalone Pagefind) as a child process and measures it
 * from outside: wall time, CPU time and peak memory of its process tree, and each output line
 * with the time it arrived, so stages Astro does not time itself can be timed from its log.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { sampleTreeMemory } from './process-tree-memory.ts';

export interface LogLine {
  /** Milliseconds since the process started. */
  at: number;
  text: string;
}

export interface Measured {
  wallMs: number;
  /** User and system CPU time of the whole process tree, threads and children included. */
  cpuMs: number;
  peakBytes: number;
  lines: LogLine[];
}

export interface RunOptions {
  cwd: string;
  env: Record<string, string | undefined>;
}

// Astro colours its log; the parsers read plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * CPU time of every child this process has waited for, and of their waited-for children, in ms:
 * `cutime` + `cstime` of `/proc/self/stat`, in USER_HZ (100 per second on Linux). Unlike wall
 * time it hardly changes when other work shares the machine, so a ratio of two builds' CPU times
 * says what each costs even on a busy machine. Each process counts once its parent has waited.
 */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // The fields after the command name, which may itself hold spaces: state is field 3, cutime 16, cstime 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Runs `node <args>` on the same Node as the bench; throws with the output's tail on failure. */
export function measureNode(args: string[], { cwd, env }: RunOptions): Promise<Measured> {
  const start = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(process.execPath, args, { cwd, env: { ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreeMemory(child.pid!);
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ at: performance.now() - start, text: text.replace(ANSI, '') }));
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const peakBytes = sampler.stop();
      if (code === 0) return resolve({ wallMs, cpuMs: childrenCpuMs() - cpuBefore, peakBytes, lines });
      const tail = lines.slice(-30).map((line) => line.text).join('\n');
      reject(new Error(`\`node ${args.join(' ')}\` in ${cwd} ended with code ${code}:\n${tail}`));
    });
  });
}
