/**
 * A content file is read only if it is what it claims to be: a regular file (never a symbolic
 * link, which could point anywhere on the build machine), of a size an editor writes, and text in
 * UTF-8. Anything else is a Swedish message before any field is read.
 */
import { lstat, readFile } from 'node:fs/promises';

/** Far above any entry an editor writes (the largest today is a few kB); a bigger file is a mistake. */
export const MAX_CONTENT_BYTES = 512 * 1024;

export type FileProblemKind = 'symlink' | 'not-a-file' | 'too-large' | 'encoding';

export type ReadResult = { text: string } | { kind: FileProblemKind; message: string };

const SAVE_AS_UTF8 = 'Öppna filen i en textredigerare och spara filen som UTF-8 (utan BOM), sedan går den att läsa.';

/** Why bytes are not UTF-8 text, or `undefined` when they are. */
export function encodingProblem(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return `Filen är sparad som UTF-16. ${SAVE_AS_UTF8}`;
  }
  if (bytes.includes(0)) return `Filen innehåller nolltecken och är inte en textfil (kanske en bild eller ett dokument). ${SAVE_AS_UTF8}`;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `Filen är inte sparad som UTF-8 (kanske Windows-1252 eller ISO-8859-1, där å, ä och ö blir fel). ${SAVE_AS_UTF8}`;
  }
  return undefined;
}

/** Reads a content file as UTF-8 text, or says in Swedish why it will not be read. */
export async function readContentText(path: string): Promise<ReadResult> {
  const stats = await lstat(path);
  if (stats.isSymbolicLink()) {
    return { kind: 'symlink', message: 'Filen är en symbolisk länk. Innehållsfiler läses inte via länkar: lägg själva filen här i stället.' };
  }
  if (!stats.isFile()) {
    return { kind: 'not-a-file', message: 'Det här är ingen vanlig fil. Ta bort den eller ersätt den med en textfil.' };
  }
  if (stats.size > MAX_CONTENT_BYTES) {
    return {
      kind: 'too-large',
      message: `Filen är ${Math.round(stats.size / 1024)} kB, mer än de ${MAX_CONTENT_BYTES / 1024} kB en innehållsfil får vara. Dela upp texten, och lägg aldrig bilder eller dokument i \`content/\`.`,
    };
  }
  const bytes = await readFile(path);
  const problem = encodingProblem(bytes);
  if (problem) return { kind: 'encoding', message: problem };
  return { text: new TextDecoder('utf-8').decode(bytes) };
}
