/**
 * The card's fonts: Source Sans 3 from the Fontsource package, read from node_modules once per
 * build (never fetched). Satori reads WOFF, so the `.woff` files are used, not `.woff2`. The
 * Latin subset holds å, ä, ö and the dashes; Latin Extended covers names from other languages.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FontWeight } from 'satori';
import { CARD_FONT } from './card-template.ts';

const WEIGHTS: FontWeight[] = [400, 600, 700];
const SUBSETS = ['latin', 'latin-ext'];

export interface CardFonts {
  fonts: { name: string; data: Buffer; weight: FontWeight; style: 'normal' }[];
  /** Hash of the font files, part of every cached image's key. */
  fingerprint: string;
}

let loaded: Promise<CardFonts> | undefined;

/** Loads the fonts once, resolving the package from `root`, the project folder. */
export function loadCardFonts(root: string): Promise<CardFonts> {
  loaded ??= (async () => {
    const require = createRequire(pathToFileURL(join(root, 'package.json')));
    const hash = createHash('sha256');
    const fonts = await Promise.all(
      SUBSETS.flatMap((subset) =>
        WEIGHTS.map(async (weight) => {
          const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`);
          return { name: CARD_FONT, data: await readFile(file), weight, style: 'normal' as const };
        }),
      ),
    );
    for (const font of fonts) hash.update(font.data);
    return { fonts, fingerprint: hash.digest('hex') };
  })();
  return loaded;
}
