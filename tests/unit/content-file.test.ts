/**
 * `readContentText` reads a content file only when it is a regular UTF-8 text file of an editor's
 * size, and otherwise says why in Swedish. Each kind of file is made here in a temporary folder
 * (the hostile corpus has the same cases as whole plans, run through the check).
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodingProblem, MAX_CONTENT_BYTES, readContentText } from '../../src/security/content-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'content-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('readContentText', () => {
  it('reads a UTF-8 file with å, ä and ö as text', async () => {
    await writeFile(join(dir, 'ok.md'), 'Målgrupp: barn och unga, även äldre.');
    expect(await readContentText(join(dir, 'ok.md'))).toEqual({ text: 'Målgrupp: barn och unga, även äldre.' });
  });

  it('refuses a symbolic link, even to a good file', async () => {
    await writeFile(join(dir, 'target.md'), 'text');
    await symlink(join(dir, 'target.md'), join(dir, 'link.md'));
    expect(await readContentText(join(dir, 'link.md'))).toEqual({
      kind: 'symlink',
      message: 'Filen är en symbolisk länk. Innehållsfiler läses inte via länkar: lägg själva filen här i stället.',
    });
  });

  it('refuses a folder', async () => {
    await mkdir(join(dir, 'folder.md'));
    expect(await readContentText(join(dir, 'folder.md'))).toEqual({
      kind: 'not-a-file',
      message: 'Det här är ingen vanlig fil. Ta bort den eller ersätt den med en textfil.',
    });
  });

  it('reads a file of exactly the largest size and refuses one byte more, naming both sizes', async () => {
    await writeFile(join(dir, 'max.md'), 'a'.repeat(MAX_CONTENT_BYTES));
    expect(await readContentText(join(dir, 'max.md'))).toEqual({ text: 'a'.repeat(MAX_CONTENT_BYTES) });
    await writeFile(join(dir, 'big.md'), 'a'.repeat(MAX_CONTENT_BYTES + 700));
    expect(await readContentText(join(dir, 'big.md'))).toEqual({
      kind: 'too-large',
      message: 'Filen är 513 kB, mer än de 512 kB en innehållsfil får vara. Dela upp texten, och lägg aldrig bilder eller dokument i `content/`.',
    });
  });

  it('refuses a file in another encoding with the encoding message', async () => {
    await writeFile(join(dir, 'latin1.md'), bytes(0x4d, 0xe5, 0x6c));
    expect(await readContentText(join(dir, 'latin1.md'))).toEqual({ kind: 'encoding', message: encodingProblem(bytes(0xe5)) });
  });
});

describe('encodingProblem', () => {
  const SAVE = 'Öppna filen i en textredigerare och spara filen som UTF-8 (utan BOM), sedan går den att läsa.';

  it('accepts UTF-8, and an empty file', () => {
    expect(encodingProblem(new TextEncoder().encode('Här står det: åäö ÅÄÖ é'))).toBeUndefined();
    expect(encodingProblem(bytes())).toBeUndefined();
  });

  it.each([
    ['little-endian', [0xff, 0xfe, 0x41, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x41]],
  ])('names UTF-16 (%s byte order mark)', (_order, values) => {
    expect(encodingProblem(bytes(...values))).toBe(`Filen är sparad som UTF-16. ${SAVE}`);
  });

  it('does not take half a byte order mark for UTF-16', () => {
    expect(encodingProblem(bytes(0xff, 0x41))).toMatch(/^Filen är inte sparad som UTF-8/);
    expect(encodingProblem(bytes(0x41, 0xfe, 0xff))).toMatch(/^Filen är inte sparad som UTF-8/);
    expect(encodingProblem(bytes(0xfe, 0x41))).toMatch(/^Filen är inte sparad som UTF-8/);
    expect(encodingProblem(bytes(0x41, 0xff))).toMatch(/^Filen är inte sparad som UTF-8/);
  });

  it('names a binary file by its NUL bytes, before the UTF-8 test', () => {
    expect(encodingProblem(bytes(0x41, 0x00, 0x42))).toBe(`Filen innehåller nolltecken och är inte en textfil (kanske en bild eller ett dokument). ${SAVE}`);
  });

  it('names Windows-1252 or ISO-8859-1', () => {
    expect(encodingProblem(bytes(0x4d, 0xe5, 0x6c))).toBe(`Filen är inte sparad som UTF-8 (kanske Windows-1252 eller ISO-8859-1, där å, ä och ö blir fel). ${SAVE}`);
  });
});
