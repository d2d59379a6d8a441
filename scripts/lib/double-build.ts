/**
 * Two clean builds of the working tree, each in its own folders with its own cache; the second
 * with the clock moved 400 days and 7 hours ahead, so that anything taken from the clock differs.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { buildSite } from '../../tests/helpers/build.ts';

export const CLOCK_OFFSET_MS = (400 * 24 + 7) * 60 * 60 * 1000;
const SHIFTED_CLOCK = pathToFileURL(resolve(import.meta.dirname, 'shifted-clock.mjs')).href;

export async function buildTwice(env: Record<string, string> = {}): Promise<[string, string]> {
  const first = await buildSite({ env });
  const options = [process.env['NODE_OPTIONS'], `--import=${SHIFTED_CLOCK}`].filter(Boolean).join(' ');
  const second = await buildSite({ env: { ...env, NODE_OPTIONS: options, HPH_CLOCK_OFFSET_MS: String(CLOCK_OFFSET_MS) } });
  return [first.outDir, second.outDir];
}
