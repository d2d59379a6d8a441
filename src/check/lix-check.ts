/** Each text's LIX, and a warning (never an error) where it is above the agreed level. */
import type { PageUrl } from '../plan/published-urls.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { ContentFile } from './read-content.ts';
import { warning, type CheckIssue } from '../plan/issues.ts';
import { lix, lixLabel, LIX_WARNING_LEVEL, markdownToText, type Lix } from './lix.ts';

export interface LixScore extends Lix {
  file: string;
  /** The page the text is shown on, e.g. `/mal/vuxna/3-2/` or `/organisation/`. */
  page: string | undefined;
  /** The plan's own words (a goal's text), quoted as written: listed, never warned about. */
  quoted: boolean;
}

/** Collections whose text is the plan's own wording, which the site quotes and does not rewrite. */
const QUOTED: ReadonlySet<CollectionName> = new Set(['goals']);

/** Where a text without a page of its own is shown: the page its registry address anchors on. */
const shownOn = (collection: CollectionName) => {
  const { page, url } = COLLECTIONS[collection];
  return !page && url?.includes('#') ? url.slice(0, url.indexOf('#')) : undefined;
};
const PAGES: Record<string, string> = { start: '/', om: '/om/', mal: '/mal/', 'stod-nu': '/stod-nu/', 'om-webbplatsen': '/om-webbplatsen/' };

export function lixScores(files: ContentFile[], produced: PageUrl[]): LixScore[] {
  const pageOfFile = new Map(produced.filter((p) => !p.redirect).map((p) => [p.file, p.url]));
  return files.flatMap((file) => {
    const score = lix(markdownToText(file.body));
    const page = pageOfFile.get(file.filePath) ?? shownOn(file.collection) ?? (file.collection === 'pages' ? PAGES[file.id] : undefined);
    return score ? [{ file: file.filePath, page, quoted: QUOTED.has(file.collection), ...score }] : [];
  });
}

const shorten = (sentence: string, words = 14) => {
  const parts = sentence.split(' ');
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : sentence;
};

function advice(score: LixScore): string {
  const perSentence = score.words / score.sentences;
  const longShare = Math.round((score.longWords * 100) / score.words);
  const parts = [`Meningarna har i snitt ${Math.round(perSentence)} ord, och ${longShare} % av orden är långa (fler än sex bokstäver).`];
  if (perSentence > 15) parts.push(`Dela långa meningar; den längsta börjar "${shorten(score.longestSentence)}".`);
  if (longShare > 35) parts.push('Byt långa sammansatta ord mot kortare eller dela upp dem ("arbetet med att samordna" i stället för "samordningsarbetet").');
  return parts.join(' ');
}

export function checkLix(scores: LixScore[], files: ContentFile[]): CheckIssue[] {
  const bodyLine = new Map(files.map((file) => [file.filePath, file.bodyLine]));
  return scores
    .filter((score) => score.score > LIX_WARNING_LEVEL && !score.quoted)
    .map((score) =>
      warning({
        file: score.file, line: bodyLine.get(score.file), code: 'lix',
        message: `Texten har LIX ${score.score} (${lixLabel(score.score)}), över gränsen ${LIX_WARNING_LEVEL}. ${advice(score)}`,
      }),
    );
}
