// ISO 639-1 -> ISO 639-3 codes as franc names its trigram models. A configured language must be
// listed here; a new language is a new line.
export const ISO639_3: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  cs: 'ces',
  sk: 'slk',
  sv: 'swe',
  da: 'dan',
  no: 'nob',
  nb: 'nob',
  fi: 'fin',
  hu: 'hun',
  ro: 'ron',
  tr: 'tur',
  ca: 'cat',
  hr: 'hrv',
  lt: 'lit',
  id: 'ind',
  ru: 'rus',
  uk: 'ukr',
  bg: 'bul',
  kk: 'kaz',
  ar: 'arb',
  fa: 'pes',
  hi: 'hin',
  he: 'heb',
};

/**
 * Widespread languages scored alongside the configured ones so that text in none of them loses
 * to one of these (-> `und`) instead of being forced onto the nearest configured language.
 * Only large, well-separated models: close dialect models would steal short German or English text.
 */
export const FOIL_LANGS: string[] = [
  'eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol', 'ces', 'swe', 'dan', 'fin', 'hun', 'ron',
  'tur', 'rus', 'ukr', 'kaz', 'bul',
];
