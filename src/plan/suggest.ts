/** "Menade du …?": the closest known spelling of a misspelt field, value, id or folder. */
import { distance } from 'fastest-levenshtein';

const fold = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_]+/g, '-');

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo: the same when
 * case and å/ä/ö are ignored, or a few letters off (about a third of the word).
 */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const folded = fold(value);
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const score = distance(folded, fold(candidate));
    if (!best || score < best.score) best = { candidate, score };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(folded.length, 3) * 0.4));
  return best.score <= limit ? best.candidate : undefined;
}

/** " Menade du `title`?" or nothing. */
export const didYouMean = (value: string, candidates: readonly string[]) => {
  const match = closestMatch(value, candidates);
  return match ? ` Menade du \`${match}\`?` : '';
};
