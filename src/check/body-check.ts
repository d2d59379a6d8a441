/** Entries whose page is their text must have a text: an empty body publishes an empty page. */
import { COLLECTIONS } from '../schemas/collections.ts';
import type { ContentFile } from './read-content.ts';
import { error, type CheckIssue } from '../plan/issues.ts';
import { BODY_HOLDS } from './words.ts';

/** Markdown with comments removed; what is left is what a reader would see. */
const visibleText = (body: string) => body.replace(/<!--[\s\S]*?-->/g, '').trim();

export function checkBodies(files: ContentFile[]): CheckIssue[] {
  return files
    .filter((file) => COLLECTIONS[file.collection].bodyRequired && visibleText(file.body) === '')
    .map((file) =>
      error({
        file: file.filePath, line: file.bodyLine, code: 'empty-body',
        message: `Filen har ingen text under front matter. Här ska ${BODY_HOLDS[file.collection]} stå: skriv den på raderna efter den andra \`---\`-raden.`,
      }),
    );
}
