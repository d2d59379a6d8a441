/**
 * `npm run ny -- <samling> ...`: creates a new entry as a draft that already passes the schema.
 *
 *   npm run ny -- mal vuxna 2 3              goal 2:3 for adults → content/mal/vuxna-2-3.md
 *   npm run ny -- indikatorer antal-planer   → content/indikatorer/antal-planer.md (slug too)
 *   npm run ny -- ordlista VVG               → content/ordlista/vvg.md
 *
 * Never overwrites a file, and never reuses a goal number or an address already published.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { contentDirOf } from '../src/publishing/content-dir.ts';
import { checkContent } from '../src/check/run-check.ts';
import { closestMatch } from '../src/plan/suggest.ts';
import { PLACEHOLDER, scaffold } from '../src/check/scaffold.ts';
import { goalUrl, slugify } from '../src/plan/urls.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../src/schemas/collections.ts';
import { TARGET_GROUPS, type TargetGroup } from '../src/schemas/goal.ts';
import { fieldsOf } from '../src/schemas/introspect.ts';
import { SLUG_PATTERN } from '../src/schemas/shared.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentDirOf(root);
const FOLDERS = COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder);

const USAGE = `Så här använder du kommandot:
  npm run ny -- mal <vuxna|barn-och-unga> <fokusområde> <nummer>   t.ex. npm run ny -- mal vuxna 2 3
  npm run ny -- ordlista <förkortning>                             t.ex. npm run ny -- ordlista VVG
  npm run ny -- <mapp> <id>                                        t.ex. npm run ny -- indikatorer antal-lokala-planer
Mapparna är: ${FOLDERS.join(', ')}.`;

class UsageError extends Error {}

interface Plan {
  collection: CollectionName;
  id: string;
  given: Record<string, unknown>;
}

/** What to create, from the command's words; throws a UsageError in plain Swedish. */
async function planFrom([folder = '', ...rest]: string[]): Promise<Plan> {
  const collection = COLLECTION_NAMES.find((name) => COLLECTIONS[name].folder === folder || name === folder);
  if (!collection) {
    const guess = closestMatch(folder, FOLDERS);
    throw new UsageError(`Det finns ingen mapp som heter \`${folder}\`.${guess ? ` Menade du \`${guess}\`?` : ''}`);
  }
  if (collection === 'goals') {
    const [group = '', area = '', number = ''] = rest;
    if (!TARGET_GROUPS.includes(group as TargetGroup)) {
      throw new UsageError(`Målgruppen ska vara \`vuxna\` eller \`barn-och-unga\`, inte \`${group}\`.`);
    }
    if (!/^[1-5]$/.test(area) || !/^\d{1,2}$/.test(number)) {
      throw new UsageError('Ange fokusområdets nummer (1–5) och målets nummer, t.ex. `2 3` för mål 2:3.');
    }
    return { collection, id: `${group}-${area}-${number}`, given: { focusArea: Number(area), number: Number(number), targetGroup: group } };
  }
  const name = rest.join(' ');
  if (collection === 'glossary') {
    if (!name) throw new UsageError('Ange förkortningen, t.ex. `npm run ny -- ordlista VVG`.');
    return { collection, id: slugify(name), given: { abbreviation: name } };
  }
  if (!SLUG_PATTERN.test(name)) {
    throw new UsageError(`Ange ett id med små bokstäver a–z, siffror och bindestreck${name ? `, t.ex. \`${slugify(name)}\`` : ''}.`);
  }
  const hasSlug = 'slug' in fieldsOf(COLLECTIONS[collection].schema);
  const date = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(name)?.[0];
  return { collection, id: name, given: { ...(hasSlug ? { slug: name } : {}), ...(collection === 'events' && date ? { date } : {}) } };
}

async function run() {
  // 1. Work out what to create from the command's words.
  const plan = await planFrom(process.argv.slice(2));
  const file = join(contentDir, COLLECTIONS[plan.collection].folder, `${plan.id}.md`);
  if (existsSync(file)) throw new UsageError(`\`${relative(root, file)}\` finns redan. Öppna och ändra den i stället, eller välj ett annat namn.`);

  // 2. A new goal takes no number or address already used: a published address never changes owner.
  const check = await checkContent({ contentDir, root });
  if (plan.collection === 'goals') {
    const key = { ...plan.given } as { targetGroup: TargetGroup; focusArea: number; number: number };
    const taken = check.content.goals.find((g) => goalUrl(g.data) === goalUrl(key));
    if (taken) throw new UsageError(`Mål ${key.focusArea}:${key.number} för ${key.targetGroup} finns redan i \`${taken.filePath}\`.`);
    const recorded = check.manifest?.find((line) => line.url === goalUrl(key));
    if (recorded) {
      throw new UsageError(`Adressen \`${recorded.url}\` har redan använts för \`${recorded.target}\` och får inte börja visa ett annat mål. Välj ett annat nummer.`);
    }
    // Every goal shares the plan period; start from the one the other goals have.
    const period = check.content.goals[0]?.data.period;
    if (period) plan.given['period'] = period;
  }

  // 3. Write the draft and say what to do next.
  await writeFile(file, scaffold(plan.collection, { given: plan.given, today: new Date().toISOString().slice(0, 10) }), { flag: 'wx' });
  console.log(`Skapade ${relative(root, file)} som utkast (draft: true).

Så här gör du sedan:
  1. Öppna filen och byt ut allt som börjar med "${PLACEHOLDER}". Fälten förklaras i CONTRIBUTING.md.
  2. Förhandsgranska med npm run dev. Utkast syns inte på webbplatsen.
  3. Ta bort raden draft: true när posten ska publiceras, och kör npm run check.
  4. Har posten en egen sida? Kör npm run urls:update så att adressen skyddas, och checka in båda filerna.`);
}

try {
  await run();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.log(`${error.message}\n\n${USAGE}`);
  process.exitCode = 1;
}
