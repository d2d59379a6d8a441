/**
 * Runs one command (an `astro build`, or standalone Pagefind) as a child process and measures it
 * from outside: wall time, peak memory of its process tree, and each output line with the time
 * it arrived, so stages Astro does not time itself can be timed from its log.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { sampleTreeMemory } from './process-tree-memory.ts';

export interface LogLine {
  /** Milliseconds since the process started. */
  at: number;
  text: string;
}

export interface Measured {
  wallMs: number;
  peakBytes: number;
  lines: LogLine[];
}

export interface RunOptions {
  cwd: string;
  env: Record<string, string | undefined>;
}

// Astro colours its log; the parsers read plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

/** Runs `node <args>` on the same Node as the bench; throws with the output's tail on failure. */
export function measureNode(args: string[], { cwd, env }: RunOptions): Promise<Measured> {
  const start = performance.now();
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
      if (code === 0) return resolve({ wallMs, peakBytes, lines });
      const tail = lines.slice(-30).map((line) => line.text).join('\n');
      reject(new Error(`\`node ${args.join(' ')}\` in ${cwd} ended with code ${code}:\n${tail}`));
    });
  });
}
