/** Each text's LIX, and a warning (never an error) where it is above the agreed level. */
import type { ContentFile } from '../read-content.ts';
import { warning, type CheckIssue } from './issue.ts';
import { lix, lixLabel, LIX_WARNING_LEVEL, markdownToText, type Lix } from './lix.ts';

export interface LixScore extends Lix {
  file: string;
}

export function lixScores(files: ContentFile[]): LixScore[] {
  return files.flatMap((file) => {
    const score = lix(markdownToText(file.body));
    return score ? [{ file: file.filePath, ...score }] : [];
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
  return scores
    .filter((score) => score.score > LIX_WARNING_LEVEL)
    .map((score) =>
      warning({
        file: score.file, line: files.find((f) => f.filePath === score.file)?.bodyLine, code: 'lix',
        message: `Texten har LIX ${score.score} (${lixLabel(score.score)}), över gränsen ${LIX_WARNING_LEVEL}. ${advice(score)}`,
      }),
    );
}
