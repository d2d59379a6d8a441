/**
 * Files the build would silently skip (src/check/layout-check.ts), each on a small folder of its
 * own: the check names the file and says what to do, with the folder it belongs in where its
 * fields tell. Run on `checkLayout` directly, so each case is one folder, not a whole plan.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkLayout, CONTENT_ROOT_FILES } from '../../src/check/layout-check.ts';
import { error, warning } from '../../src/plan/issues.ts';
import { rawEntry } from '../helpers/fixtures.ts';

/** A project folder whose `content/` holds exactly these files (path → text; `/` at the end: a folder). */
async function layout(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'hph-layout-'));
  const contentDir = join(root, 'content');
  await mkdir(contentDir);
  for (const [path, text] of Object.entries(files)) {
    const full = join(contentDir, path);
    if (path.endsWith('/')) await mkdir(full, { recursive: true });
    else {
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
    }
  }
  return { root, contentDir };
}

const entry = (collection: Parameters<typeof rawEntry>[0], overrides: Record<string, unknown> = {}) =>
  `---\n${stringify(rawEntry(collection, overrides))}---\n\nText.\n`;
const check = async (files: Record<string, string>) => {
  const { root, contentDir } = await layout(files);
  return checkLayout(contentDir, root);
};
/** The top of content/ is read in the order the file system gives; a collection's files are sorted. */
const byFile = (issues: { file: string }[]) => [...issues].sort((a, b) => (a.file < b.file ? -1 : 1));

describe('the folders of content/', () => {
  it('accepts the collections, the files that belong at the top, and hidden files', async () => {
    expect(CONTENT_ROOT_FILES).toEqual(['urls.txt', 'README.md', 'installningar.yml']);
    expect(await check({
      'mal/vuxna-3-2.md': entry('goals'), 'uppdrag/ett.mdx': entry('assignments'), 'indikatorer/en.md': entry('indicators'),
      'indikatorer/en.csv': 'år,värde\n2018,1\n', 'urls.txt': '', 'README.md': '# Innehåll', 'installningar.yml': '', '.gitkeep': '',
      'mal/.DS_Store': '', '.git/': '',
    })).toEqual([]);
  });

  it('says when there is no content folder at all', async () => {
    const root = await mkdtemp(join(tmpdir(), 'hph-layout-'));
    expect(await checkLayout(join(root, 'content'), root)).toEqual([
      error({ file: 'content/', code: 'no-content', message: 'Mappen med innehåll finns inte. Kontrollera att du står i projektets mapp.' }),
    ]);
  });

  it('names a folder that is no collection, suggests the one meant, and says where each entry in it belongs', async () => {
    const issues = await check({
      'mall/vuxna-3-2.md': entry('goals'), 'mall/djup/en.md': entry('indicators'), 'mall/anteckning.txt': 'x', 'mall/trasig.md': 'ingen front matter',
      'mall/lista.md': '---\n- a\n---\n', 'mall/nastan.md': entry('indicators', { slug: undefined, description: undefined }),
    });
    expect(issues[0]).toEqual(error({
      file: 'content/mall/', code: 'unknown-folder',
      message:
        'Mappen `content/mall/` är ingen samling och läses inte av bygget. Menade du `mal`? Samlingarna är `content/fokusomraden/`, `content/mal/`, `content/indikatorer/`, `content/uppdrag/`, `content/kontakter/`, `content/organisationer/`, `content/tidslinje/`, `content/sidor/`, `content/ordlista/`, `content/lokalt-arbete/`.',
    }));
    expect(issues.slice(1).map((issue) => [issue.file, issue.code, issue.message]).sort()).toEqual([
      ['content/mall/djup/en.md', 'wrong-folder', 'Filen ligger i en mapp som inte läses. Fälten passar en indikator: flytta den till `content/indikatorer/`.'],
      ['content/mall/lista.md', 'wrong-folder', 'Filen ligger i en mapp som inte läses.'],
      // A title and sources, with no date: one problem away from an event.
      ['content/mall/nastan.md', 'wrong-folder', 'Filen ligger i en mapp som inte läses. Fälten passar en händelse i tidslinjen: flytta den till `content/tidslinje/`.'],
      ['content/mall/trasig.md', 'wrong-folder', 'Filen ligger i en mapp som inte läses.'],
      ['content/mall/vuxna-3-2.md', 'wrong-folder', 'Filen ligger i en mapp som inte läses. Fälten passar ett mål: flytta den till `content/mal/`.'],
    ]);
  });

  it('asks to move an entry whose fields fit no collection well to its collection’s folder', async () => {
    const issues = await check({ 'okand/x.md': '---\nfoo: 1\nbar: 2\nbaz: 3\n---\n' });
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^Mappen `content\/okand\/` är ingen samling och läses inte av bygget\. Samlingarna är /),
      'Filen ligger i en mapp som inte läses. Flytta den till mappen för sin samling.',
    ]);
  });

  it('names a loose entry at the top, with where it belongs, and warns about other loose files', async () => {
    expect(byFile(await check({ 'vuxna-3-2.md': entry('goals'), 'anteckningar.txt': 'x', 'Bild.PNG': 'x', 'gammal.MD': 'x' }))).toEqual(byFile([
      warning({ file: 'content/Bild.PNG', code: 'wrong-folder', message: 'Filen ligger direkt i `content/` och läses inte av bygget. Ta bort den eller flytta den ut ur `content/`.' }),
      warning({ file: 'content/anteckningar.txt', code: 'wrong-folder', message: 'Filen ligger direkt i `content/` och läses inte av bygget. Ta bort den eller flytta den ut ur `content/`.' }),
      error({ file: 'content/gammal.MD', code: 'wrong-folder', message: 'Filen ligger direkt i `content/` och läses inte av bygget.' }),
      error({ file: 'content/vuxna-3-2.md', code: 'wrong-folder', message: 'Filen ligger direkt i `content/` och läses inte av bygget. Fälten passar ett mål: flytta den till `content/mal/`.' }),
    ]));
  });
});

describe('the files of a collection', () => {
  it('refuses a file the collection does not read, as an error if it looks like an entry', async () => {
    expect(byFile(await check({ 'mal/vuxna-3-2.mdx': entry('goals'), 'mal/vuxna-3-3.markdown': entry('goals'), 'mal/bild.png': 'x', 'uppdrag/a.txt': 'x' }))).toEqual(byFile([
      warning({ file: 'content/mal/bild.png', code: 'not-read', message: 'Filen läses inte av bygget: i `content/mal/` läses bara filer som slutar på `.md`. Ta bort filen eller lägg den någon annanstans.' }),
      error({ file: 'content/mal/vuxna-3-2.mdx', code: 'not-read', message: 'Filen läses inte av bygget: i `content/mal/` läses bara filer som slutar på `.md`. Byt filändelse till `.md`.' }),
      error({ file: 'content/mal/vuxna-3-3.markdown', code: 'not-read', message: 'Filen läses inte av bygget: i `content/mal/` läses bara filer som slutar på `.md`. Byt filändelse till `.md`.' }),
      warning({ file: 'content/uppdrag/a.txt', code: 'not-read', message: 'Filen läses inte av bygget: i `content/uppdrag/` läses bara filer som slutar på `.md` och `.mdx`. Ta bort filen eller lägg den någon annanstans.' }),
    ]));
  });

  it('reads CSV files only beside indicators', async () => {
    expect((await check({ 'mal/varden.csv': 'x' })).map((issue) => issue.code)).toEqual(['not-read']);
    expect(await check({ 'indikatorer/varden.csv': 'x' })).toEqual([]);
  });

  it('refuses a folder inside a collection, and a folder named like an entry', async () => {
    expect(await check({ 'mal/gamla/': '', 'mal/vuxna-3-2.md/': '' })).toEqual([
      error({ file: 'content/mal/gamla/', code: 'nested-folder', message: 'Mappen läses inte: samlingen läser bara filer som ligger direkt i `content/mal/`. Flytta filerna en nivå upp.' }),
      error({
        file: 'content/mal/vuxna-3-2.md/', code: 'not-a-file',
        message: 'Det här är en mapp som heter som en post. En post är en fil: ta bort mappen, eller flytta filen i den hit som `content/mal/vuxna-3-2.md`.',
      }),
    ]);
  });

  it('refuses a file name that is no id, suggesting one', async () => {
    const text = 'Filnamnet är postens id, som andra filer hänvisar till och som blir en del av adresser. Det får bara innehålla små bokstäver a–z, siffror och bindestreck (inga mellanslag, versaler eller å, ä, ö). ';
    expect(byFile(await check({ 'mal/Vuxna 3.2.md': entry('goals'), 'uppdrag/Åtgärd.mdx': entry('assignments'), 'mal/___.md': entry('goals') }))).toEqual(byFile([
      error({ file: 'content/mal/___.md', code: 'file-name', message: `${text}Byt namn på filen.` }),
      error({ file: 'content/mal/Vuxna 3.2.md', code: 'file-name', message: `${text}Byt namn på filen till \`vuxna-3-2.md\`.` }),
      error({ file: 'content/uppdrag/Åtgärd.mdx', code: 'file-name', message: `${text}Byt namn på filen till \`atgard.mdx\`.` }),
    ]));
  });

  it('refuses an id the site’s pages use as an anchor, where the id becomes an HTML id', async () => {
    const reserved = (id: string) => `Id:t \`${id}\` används redan av webbplatsens sidor (t.ex. som ankare i adresser) och skulle krocka. Byt namn på filen till ett annat id.`;
    expect(byFile(await check({
      'kontakter/innehall.md': entry('contacts'), 'organisationer/mal-1.md': entry('organisations'), 'tidslinje/sok-q.md': entry('events'),
      'ordlista/vuxna.md': entry('glossary'), 'lokalt-arbete/uppdrag.md': entry('localWork'), 'mal/tidplan.md': entry('goals'),
      'indikatorer/innehall.md': entry('indicators'), 'sidor/kontakt.md': entry('pages'), 'fokusomraden/mal.md': entry('focusAreas'), 'uppdrag/varden.md': entry('assignments'),
    }))).toEqual(byFile([
      error({ file: 'content/kontakter/innehall.md', code: 'reserved-id', message: reserved('innehall') }),
      error({ file: 'content/lokalt-arbete/uppdrag.md', code: 'reserved-id', message: reserved('uppdrag') }),
      error({ file: 'content/mal/tidplan.md', code: 'reserved-id', message: reserved('tidplan') }),
      error({ file: 'content/ordlista/vuxna.md', code: 'reserved-id', message: reserved('vuxna') }),
      error({ file: 'content/organisationer/mal-1.md', code: 'reserved-id', message: reserved('mal-1') }),
      error({ file: 'content/tidslinje/sok-q.md', code: 'reserved-id', message: reserved('sok-q') }),
    ]));
  });

  it('refuses two files with one id, naming the first', async () => {
    expect(await check({ 'uppdrag/ett.md': entry('assignments'), 'uppdrag/ett.mdx': entry('assignments'), 'uppdrag/tva.mdx': entry('assignments') })).toEqual([
      error({
        file: 'content/uppdrag/ett.mdx', code: 'duplicate-id',
        message: 'Filen har samma id, `ett`, som `ett.md`. Två filer i en samling kan inte heta likadant utom filändelsen: behåll en av dem, eller byt namn på den här.',
      }),
    ]);
  });

  it('refuses a link that is not named like an entry, and leaves one named like an entry to the reader', async () => {
    const { root, contentDir } = await layout({ 'mal/vuxna-3-2.md': entry('goals') });
    await symlink(join(contentDir, 'mal/vuxna-3-2.md'), join(contentDir, 'mal/lank.txt'));
    await symlink(join(contentDir, 'mal/vuxna-3-2.md'), join(contentDir, 'mal/vuxna-3-3.md'));
    expect(await checkLayout(contentDir, root)).toEqual([
      error({ file: 'content/mal/lank.txt', code: 'symlink', message: 'Det här är en symbolisk länk. Innehållet läses inte via länkar: ta bort länken och lägg själva filen här.' }),
    ]);
  });
});
