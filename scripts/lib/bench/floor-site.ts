/**
 * The floor: the least an Astro 7 site can do with the same content. One glob loader per content
 * folder without schemas, one plain page per entry with its rendered markdown, no layout, no
 * integrations. Our build's cost is reported as a ratio to this one, measured in the same run,
 * so the figures mean something on any machine.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
const env = process.env;
export default defineConfig({
  outDir: env.HPH_OUT_DIR,
  cacheDir: env.HPH_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
`;

const contentConfig = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const root = ${JSON.stringify(contentDir)};
const folders = ${JSON.stringify(Object.values(COLLECTIONS).map((c) => c.folder))};
export const collections = Object.fromEntries(
  folders.map((folder) => [folder, defineCollection({ loader: glob({ base: root + '/' + folder, pattern: '*.md' }) })]),
);
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const folders = ${JSON.stringify(Object.values(COLLECTIONS).map((c) => c.folder))};
  const paths = [];
  for (const folder of folders) {
    for (const entry of await getCollection(folder)) paths.push({ params: { folder, id: entry.id }, props: { entry } });
  }
  return paths;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.name ?? entry.data.role ?? entry.id;
---
<html lang="sv">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><h1>{title}</h1><Content /></body>
</html>
`;

/**
 * Writes the floor project into `dir`, reading content from `contentDir`. It shares our
 * `node_modules` through a symlink, so both builds run the very same Astro.
 */
export async function writeFloorSite(dir: string, contentDir: string, nodeModules: string): Promise<void> {
  await mkdir(join(dir, 'src/pages/[folder]'), { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }));
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src/content.config.ts'), contentConfig(contentDir));
  await writeFile(join(dir, 'src/pages/[folder]/[id].astro'), PAGE);
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
}
