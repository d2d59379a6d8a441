/**
 * Measuring one command from outside: its CPU time counts the work of its threads and of the
 * processes it starts, and only theirs, so a busy machine changes the wall time, not this figure.
 */
import { describe, expect, it } from 'vitest';
import { measureNode } from '../../../scripts/lib/bench/run-build.ts';

/**
 * A child that keeps `threads` threads busy for `ms` of CPU time each, then starts a grandchild
 * that does the same on one thread. Each thread counts its own CPU time, not the clock, so a
 * loaded machine makes the work slower but not smaller.
 */
const busy = (ms: number, threads: number) => `
  const { Worker } = require('node:worker_threads');
  const { execFileSync } = require('node:child_process');
  const spin = 'const start = process.threadCpuUsage(); const used = () => { const u = process.threadCpuUsage(start); return (u.user + u.system) / 1000; }; while (used() < ${ms});';
  Promise.all(Array.from({ length: ${threads} }, () => new Promise((done) => new Worker(spin, { eval: true }).on('exit', done))))
    .then(() => execFileSync(process.execPath, ['-e', spin]));
`;

describe('measureNode', () => {
  it('counts the CPU time of a command’s threads and of the processes it starts', async () => {
    const measured = await measureNode(['-e', busy(300, 2)], { cwd: process.cwd(), env: process.env });
    // Two threads and one grandchild spin for 300 ms of CPU each: at least 900 ms in all, and not
    // much more than that plus the start-up of two Node processes.
    expect(measured.cpuMs).toBeGreaterThanOrEqual(900);
    expect(measured.cpuMs).toBeLessThan(900 + 1500);
  });

  it('counts nothing of work done outside the command while it runs', async () => {
    const before = performance.now();
    const pending = measureNode(['-e', 'setTimeout(() => {}, 400)'], { cwd: process.cwd(), env: process.env });
    // This process spins while its idle child waits: none of that belongs to the child.
    while (performance.now() - before < 300);
    const measured = await pending;
    expect(measured.wallMs).toBeGreaterThanOrEqual(300);
    expect(measured.cpuMs).toBeLessThan(250);
  });
});
