/**
 * LIX (läsbarhetsindex), the Swedish readability score: words per sentence plus the share of
 * long words (more than six letters). Public text must be plain (språklagen 11 §).
 */

/**
 * Pages whose text scores above this get a warning. Below 40 is easy text, 40–50 ordinary news
 * text, above 50 hard (typical of official documents), above 60 very hard. The site's own texts
 * aim for easy (issue #13); the plan's goal texts are quoted and exempt. Change it here only.
 */
export const LIX_WARNING_LEVEL = 40;

/** LIX says little about a text of a sentence or two, so shorter texts get no score. */
export const LIX_MIN_WORDS = 40;

export interface Lix {
  score: number;
  words: number;
  sentences: number;
  longWords: number;
  /** The longest sentence, the first place to make the text plainer. */
  longestSentence: string;
}

/** The prose of a markdown body: no code, tags, link targets or markup characters. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/```[\s\S]*?```/g, '\n\n')
    .replace(/`[^`]*`/g, ' ')
    .replace(/^import .*$|^export .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)]|>)\s+/gm, '\n\n')
    .replace(/[*_~|]/g, ' ');
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function lix(text: string): Lix | undefined {
  // A sentence ends at . ! ? or : before a space, or where a paragraph, heading or list item ends.
  const sentences = text
    .split(/[.!?:]+(?=\s|$)|\n\s*\n/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  const wordsOf = (sentence: string) => sentence.match(WORD) ?? [];
  const words = sentences.flatMap(wordsOf);
  if (words.length < LIX_MIN_WORDS || sentences.length === 0) return undefined;
  const longWords = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 6).length;
  const longestSentence = sentences.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a));
  return {
    score: Math.round(words.length / sentences.length + (longWords * 100) / words.length),
    words: words.length,
    sentences: sentences.length,
    longWords,
    longestSentence,
  };
}

/** "lätt", "medelsvår", "svår", "mycket svår". */
export function lixLabel(score: number): string {
  if (score < 30) return 'mycket lätt';
  if (score < 40) return 'lätt';
  if (score < 50) return 'medelsvår';
  if (score < 60) return 'svår';
  return 'mycket svår';
}
