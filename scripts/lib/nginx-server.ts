/**
 * Runs Debian's nginx over a finished build with the build's own `_nginx.conf`, from a private
 * prefix folder (pid file, temporary paths and logs all there), so it needs no root and touches
 * nothing of the system's nginx. Binds 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env['NGINX'] ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

/** The whole nginx.conf for one site: the build's `_nginx.conf` inside a local server block. */
export function serverConfig(options: { dist: string; port: number; prefix: string; asRoot: boolean }): string {
  const { dist, port, prefix, asRoot } = options;
  const temp = (name: string) => `  ${name}_temp_path ${join(prefix, `${name}_temp`)};`;
  return [
    '# Written by scripts/lib/nginx-server.ts for `npm run serve`.',
    'daemon off;',
    // As root nginx would hand requests to `nobody`, who cannot read a private build folder.
    ...(asRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    existsSync(MIME_TYPES) ? `  include ${MIME_TYPES};` : '  types { text/html html; text/css css; application/javascript js; image/svg+xml svg; image/png png; }',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    '    server_name localhost;',
    `    root ${dist};`,
    `    include ${join(dist, '_nginx.conf')};`,
    '  }',
    '}',
    '',
  ].join('\n');
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Stops nginx and removes its prefix folder. */
  stop(): Promise<void>;
}

/** Resolves once the port accepts connections. */
async function waitForPort(port: number, child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped with exit status ${child.exitCode} before it listened on port ${port}.`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() - started > timeoutMs) throw new Error(`nginx did not listen on 127.0.0.1:${port} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startNginx(options: { dist: string; port: number; stdio?: 'inherit' | 'pipe' }): Promise<RunningServer> {
  const prefix = await mkdtemp(join(tmpdir(), 'hph-nginx-'));
  const conf = join(prefix, 'nginx.conf');
  await writeFile(conf, serverConfig({ ...options, prefix, asRoot: process.getuid?.() === 0 }));
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', 'stderr'], { stdio: ['ignore', options.stdio ?? 'inherit', options.stdio ?? 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await waitForPort(options.port, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${options.port}`, process: child, stop };
}
