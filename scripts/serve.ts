/**
 * `npm run serve`: serves the last build (`dist/`) through Debian's nginx with the configuration
 * the build wrote, in the foreground until stopped (Ctrl+C). `PORT=8080 npm run serve`;
 * HPH_OUT_DIR serves another build folder. Binds 127.0.0.1 only.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NGINX, startNginx } from './lib/nginx-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env['HPH_OUT_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 8080);

async function run() {
  // 1. Something to serve, and something to serve it with.
  if (!existsSync(join(dist, '_nginx.conf'))) {
    console.log(`Det finns inget bygge med nginx-konfiguration i ${dist}. Bygg först: \`npm run build\` (eller \`npm run build:preview\`).`);
    process.exitCode = 1;
    return;
  }
  if (!existsSync(NGINX)) {
    console.log(`nginx finns inte (${NGINX}). Installera det: \`sudo apt-get install -y nginx\`.`);
    process.exitCode = 1;
    return;
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.log(`PORT måste vara ett heltal mellan 1 och 65535, inte \`${process.env['PORT']}\`.`);
    process.exitCode = 1;
    return;
  }

  // 2. Start nginx and stay in the foreground until it stops or we are asked to stop.
  const server = await startNginx({ dist, port });
  console.log(`Webbplatsen visas på ${server.url}/ (från ${dist}). Avsluta med Ctrl+C.`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.stop());
  await new Promise<void>((done) => server.process.once('exit', (code) => ((process.exitCode = code ?? 0), done())));
  await server.stop();
}

await run();
