// German number knowledge for the scanner: words (incl. compounds), magnitudes, units, currencies.
import type { NumberTable } from './types.js';
import { SHARED_UNITS } from './shared-units.js';

/** Inflected forms of a German adjective-like stem (erst -> erste, ersten, erster, ...). */
function inflect<T>(stems: Record<string, T>, endings: string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [stem, v] of Object.entries(stems)) for (const e of endings) out[stem + e] = v;
  return out;
}

const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
const ALL_ENDINGS = ['', ...ADJ_ENDINGS];

export const de: NumberTable = {
  lang: 'de',
  decimal: ',',
  cardinals: {
    null: 0, eins: 1, ein: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50,
    sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  },
  scales: { hundert: 100, tausend: 1e3, dutzend: 12 },
  compoundJoiner: 'und',
  approximateWords: ['dutzend'],
  numberJoiners: [],
  magnitudes: {
    tausende: 1e3, tausenden: 1e3, 
    million: 1e6, millionen: 1e6, mio: 1e6, mill: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, mia: 1e9,
    billion: 1e12, billionen: 1e12, bio: 1e12, billiarde: 1e15, billiarden: 1e15, tsd: 1e3,
  },
  articles: ['ein', 'eine', 'einer', 'einen', 'einem', 'eines'],
  weakOnes: ['ein', 'eine', 'einer', 'einen', 'einem', 'eines'],
  ordinals: inflect(
    {
      erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9,
      zehnt: 10, elft: 11, zwölft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, zwanzigst: 20,
      dreißigst: 30, fünfzigst: 50, hundertst: 100,
    },
    ADJ_ENDINGS,
  ),
  ordinalSuffixes: ['te', 'ten', 'ter', 'tes', 'tem', 'ste', 'sten', 'ster', 'st', 'nd', 'rd', 'th'],
  ordinalWordSuffixes: ['ste', 'sten', 'ster', 'stes', 'stem', 'te', 'ten', 'ter', 'tes', 'tem'],
  halfHour: { words: ['halb'], offset: -0.5 },
  impliedNumbers: [['achtelfinal', 16], ['viertelfinal', 8], ['halbfinal', 4]],
  unitScales: {
    jahrzehnt: { factor: 10, unit: 'year' }, jahrzehnte: { factor: 10, unit: 'year' }, jahrzehnten: { factor: 10, unit: 'year' },
    jahrhundert: { factor: 100, unit: 'year' }, jahrhunderte: { factor: 100, unit: 'year' }, jahrhunderten: { factor: 100, unit: 'year' },
  },
  multipliers: {
    ...inflect({ doppelt: 2, zweifach: 2, dreifach: 3, vierfach: 4, fünffach: 5, zehnfach: 10 }, ALL_ENDINGS),
    ...inflect({ verdoppelt: 2, verdreifacht: 3, vervierfacht: 4, verfünffacht: 5, verzehnfacht: 10 }, ALL_ENDINGS),
    verdoppeln: 2, verdoppelung: 2, verdopplung: 2, verdreifachen: 3, verdreifachung: 3,
    vervierfachen: 4, vervierfachung: 4, verfünffachen: 5, verfünffachung: 5, verzehnfachung: 10,
  },
  fractions: {
    ...inflect({ halb: 0.5, halbiert: 0.5 }, ALL_ENDINGS),
    hälfte: 0.5, halbieren: 0.5, halbierung: 0.5, drittel: 1 / 3, viertel: 0.25,
  },
  percentWords: ['%', 'prozent', 'vh'],
  percentPointWords: ['prozentpunkte', 'prozentpunkten', 'prozentpunkt'],
  currencies: {
    dollar: 'USD', 'us-dollar': 'USD', usd: 'USD', euro: 'EUR', eur: 'EUR', pfund: 'GBP', gbp: 'GBP',
    yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', krone: 'CZK', kronen: 'CZK', czk: 'CZK', kč: 'CZK',
    forint: 'HUF', huf: 'HUF', rubel: 'RUB', franken: 'CHF', chf: 'CHF', peso: 'MXN', pesos: 'MXN',
    rupien: 'INR', rupie: 'INR', cent: 'ct', cents: 'ct', eurocent: 'ct', pence: 'p', zloty: 'PLN',
  },
  timeWords: { uhr: 0, h: 0 },
  rangeWords: ['bis', '-', '–', 'und'],
  rangeOpeners: ['zwischen', 'von'],
  stepWords: ['auf'],
  rangeClosers: ['und', 'bis'],
  units: {
    ...SHARED_UNITS,
    jahr: 'year', jahre: 'year', jahren: 'year', jahres: 'year', monat: 'month', monate: 'month',
    monaten: 'month', monats: 'month', woche: 'week', wochen: 'week', tag: 'day', tage: 'day', tagen: 'day',
    stunde: 'hour', stunden: 'hour', minute: 'minute', minuten: 'minute', sekunde: 'second', sekunden: 'second',
    ...inflect({ jährig: 'age' }, ADJ_ENDINGS),
    kilometer: 'km', kilometern: 'km', meter: 'm', metern: 'm', zentimeter: 'cm', zentimetern: 'cm',
    millimeter: 'mm', millimetern: 'mm', kilogramm: 'kg', kilo: 'kg', gramm: 'g', tonne: 't', tonnen: 't',
    liter: 'l', litern: 'l', meile: 'mile', meilen: 'mile', fuß: 'ft', zoll: 'in', gallonen: 'gal',
    hektar: 'ha', grad: 'deg', punkt: 'point', punkte: 'point', punkten: 'point', stimme: 'vote',
    stimmen: 'vote', personen: 'person', menschen: 'person', leute: 'person', mal: 'times', tore: 'goal',
    tor: 'goal', sitze: 'seat', sitzen: 'seat', länder: 'country', ländern: 'country', staaten: 'country',
    kinder: 'child', kindern: 'child', seiten: 'page', spiele: 'game', spielen: 'game', spieler: 'player',
    fälle: 'case', fällen: 'case', mitarbeiter: 'employee', mitarbeitern: 'employee', beschäftigte: 'employee',
    arbeitsplätze: 'job', jobs: 'job', mitglieder: 'member', mitgliedern: 'member', frauen: 'woman',
    männer: 'man', männern: 'man', jungen: 'boy', mädchen: 'girl', schüler: 'student', studenten: 'student',
    schulen: 'school', 'km²': 'km2', quadratkilometer: 'km2', quadratmeter: 'm2', quadratmetern: 'm2',
  },
  adjectiveSuffixes: {
    prozentig: '%', prozent: '%', fach: 'times', jährig: 'year', seitig: 'page', stündig: 'hour', tägig: 'day',
    wöchig: 'week', monatig: 'month', minütig: 'minute', köpfig: 'person', teilig: '', stöckig: '', sitzig: 'seat',
  },
  decadeSuffixes: ['er', 'ern'],
  minusWords: ['minus'],
  magnitudeNames: { 1000000: 'Millionen', 1000000000: 'Milliarden', 1000000000000: 'Billionen' },
  currencyNames: { USD: 'US-Dollar', EUR: 'Euro', GBP: 'Pfund', CZK: 'Kronen', CHF: 'Franken', JPY: 'Yen' },
  percentSign: ' %',
};
