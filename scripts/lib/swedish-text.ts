/**
 * Deterministic Swedish-like text for synthetic plans. Invented, never published: real Swedish
 * words in plausible order, with compounds and a skewed word frequency, so that page sizes and a
 * search index's vocabulary grow with the plan roughly as real text would.
 */

/** Small words that make up a large share of any Swedish text. */
const FUNCTION_WORDS = (
  'och att i för som med på av till en ett det den de är ska kan har inom genom samt mellan ' +
  'efter under om hur när där vid mot så alla andra också både eller bland utan'
).split(' ');

/** Words of the field, most frequent first; compounds join two of them ("brukar" + "inflytande"). */
const CONTENT_WORDS = (
  'arbete stöd samverkan kommun region brukare delaktighet hälsa insatser barn unga vuxna skola ' +
  'vård omsorg uppföljning kunskap utveckling plan nätverk tillgång främjande trygghet ' +
  'rättigheter inflytande familj anhöriga personal ledning styrning analys mål resultat ' +
  'psykiatri socialtjänst elevhälsa primärvård boende sysselsättning suicid prevention ' +
  'samordning kompetens utbildning verksamhet organisation huvudman ansvar beslut uppdrag ' +
  'handlingsplan överenskommelse indikator mätning statistik underlag kvalitet metod modell ' +
  'strategi process förbättring tillgänglighet jämlikhet bemötande information dialog ' +
  'medborgare invånare patient anhörigstöd vårdnadshavare förskola fritid föreningsliv ' +
  'arbetsmarknad försörjning missbruk beroende funktionsnedsättning äldre nyanlända ' +
  'flyktingar ensamkommande våld trauma stress ångest depression sömn livsstil rörelse ' +
  'kost relationer gemenskap ensamhet isolering delregion länet sjukhus mottagning ' +
  'specialistvård öppenvård slutenvård akutvård hemsjukvård vårdplan samordnare ' +
  'koordinator processledare referensgrupp arbetsgrupp styrgrupp politik finansiering ' +
  'medel bidrag budget avtal rutin riktlinje vägledning handbok webbutbildning konferens ' +
  'seminarium workshop erfarenhet lärande forskning evidens praktik implementering ' +
  'spridning förankring uppdatering revidering'
).split(' ');

const COMPOUND_HEADS = 'brukar barn ungdoms vuxen familje kommun region skol vård hälso samverkans kunskaps'.split(' ');

/** A small, fast, seedable generator (mulberry32): same seed, same text. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a name and a number, e.g. `seedOf('mal', 12)`, stable across plan sizes. */
export function seedOf(kind: string, index: number): number {
  let hash = 2166136261;
  for (const char of `${kind}:${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

const pick = <T>(random: () => number, list: readonly T[], skew = 1): T =>
  list[Math.floor(random() ** skew * list.length)] as T;

function word(random: () => number): string {
  const roll = random();
  if (roll < 0.38) return pick(random, FUNCTION_WORDS, 1.6);
  // Squaring the roll favours the head of the list, a rough Zipf curve.
  if (roll < 0.88) return pick(random, CONTENT_WORDS, 2);
  return `${pick(random, COMPOUND_HEADS)}${pick(random, CONTENT_WORDS, 1.5)}`;
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** A sentence of `min`–`max` words with a comma now and then and a full stop. */
export function sentence(random: () => number, min = 8, max = 20): string {
  const length = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length }, (_, i) => `${word(random)}${i > 3 && i < length - 3 && random() < 0.08 ? ',' : ''}`);
  return `${capitalise(words.join(' '))}.`;
}

/** A heading-like phrase of `min`–`max` words without a full stop. */
export function title(random: () => number, min = 4, max = 8): string {
  return sentence(random, min, max).slice(0, -1).replace(/,/g, '');
}

/** Sentences until the paragraph holds at least `words` words. */
export function paragraph(random: () => number, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const next = sentence(random);
    sentences.push(next);
    count += next.split(' ').length;
  }
  return sentences.join(' ');
}
