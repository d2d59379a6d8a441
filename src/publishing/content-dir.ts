/** Where the content is read from: `content/`, or the folder in HPH_CONTENT_DIR (tests, benchmarks). */
import { resolve } from 'node:path';

export const contentDirOf = (root: string) => resolve(root, process.env['HPH_CONTENT_DIR'] ?? 'content');
