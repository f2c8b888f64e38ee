import type { Lang } from '../../types.js';

/** What the number scanner needs to know about one language. All keys are lower case. */
export interface NumberTable {
  lang: Lang;
  /** The decimal separator this language writes; the other of `.`/`,` groups thousands. */
  decimal: '.' | ',';
  /** Cardinal words that compose (EN across words, DE inside one compound word). */
  cardinals: Record<string, number>;
  /** Words that multiply what precedes them inside a number phrase (hundred, tausend). */
  scales: Record<string, number>;
  /** Whether number words fuse into one word ("dreiundzwanzig") and the joiner between unit and tens. */
  compoundJoiner?: string;
  /** Scale words that make a round count rather than a figure ("a dozen"). */
  approximateWords: string[];
  /** Words that join a multi-word number without changing it ("one hundred and fifty"). */
  numberJoiners: string[];
  /** Magnitude words and abbreviations after a number (million, Mrd.). */
  magnitudes: Record<string, number>;
  /** Articles that count as "1" before a magnitude or scale word ("a million", "eine Milliarde"). */
  articles: string[];
  /** Words that are "1" only in some uses: matched when present, never reported when missing or extra. */
  weakOnes: string[];
  /** Ordinal words ("first", "dritten"), with their inflected forms. */
  ordinals: Record<string, number>;
  /** Endings that make an ordinal of a (compound) number word: "neunzigsten", "einundzwanzigste". */
  ordinalWordSuffixes: string[];
  /** How a clock time is said with "half": the words before the hour and the offset ("halb sieben" = 6:30). */
  halfHour: { words: string[]; offset: number };
  /** Word beginnings that name a number without writing it ("achtelfinal": 16 teams left). */
  impliedNumbers: [string, number][];
  /** Words after a number that count in bigger units ("Jahrzehnte": 10 years). */
  unitScales: Record<string, { factor: number; unit: string }>;
  /** Suffixes glued to digits that make an ordinal (1st, 2nd). */
  ordinalSuffixes: string[];
  /** Multiplier words ("double", "Verdreifachung"): factor. */
  multipliers: Record<string, number>;
  /** Fraction words ("half", "Drittel"): value. */
  fractions: Record<string, number>;
  /** Words after a number that make it a percentage; multi-word entries are space separated. */
  percentWords: string[];
  /** Same for percentage points. */
  percentPointWords: string[];
  /** Currency words and abbreviations: ISO code. */
  currencies: Record<string, string>;
  /** Words after an hour that make it a time: hour offset (pm +12, am 0, Uhr 0). */
  timeWords: Record<string, number>;
  /** Words between two numbers that make a range ("to", "bis"); and the opener of "between X and Y". */
  rangeWords: string[];
  rangeOpeners: string[];
  rangeClosers: string[];
  /** Words between the two figures of a change ("von 4,2 auf 4,1 Milliarden"): the second one's magnitude word may cover both. */
  stepWords: string[];
  /** Unit words after a number: language-independent unit code (minutes, km, age...). */
  units: Record<string, string>;
  /** Adjective endings fused with a number ("zwanzigjährige", "75seitige"): their role, `%` or `times` or a unit code. */
  adjectiveSuffixes: Record<string, string>;
  /** Suffixes of a decade ("1990s", "1990er"). */
  decadeSuffixes: string[];
  /** How this language writes quantities back (formatQuantity): magnitude words by factor, currency words by code, percent sign. */
  magnitudeNames: Record<string, string>;
  currencyNames: Record<string, string>;
  percentSign: string;
  /** Word meaning "minus" before a number. */
  minusWords: string[];
}
