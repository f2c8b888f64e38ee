// Deterministic generator of realistic EN/DE news corpora for benchmarks: N article pairs with numbers,
// site boilerplate, abridged translations, garbled machine-translation errors and unpaired articles.
import { CITIES, COUNTRIES, deNum, enNum, GIVEN, ORGS, SURNAMES, type Slots, TEMPLATES } from './corpus-templates.js';

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedFile {
  name: string;
  text: string;
}

export interface GeneratorOptions {
  pairs: number;
  seed?: number;
  /** Sentences per article (about 150 characters each). */
  sentences?: [number, number];
  /** Share of German versions that leave out a third of the sentences. */
  abridged?: number;
  /** Share of German versions with one injected numeric error. */
  garbled?: number;
  /** Extra articles with no partner, as a share of `pairs`, per language. */
  unpaired?: number;
}

const BOILERPLATE_EN = ['Share this article:', 'You May Also Like', 'Sign up for our newsletter'];
const BOILERPLATE_DE = ['Teile diesen Artikel:', 'Das könnte Sie auch interessieren', 'Melden Sie sich für unseren Newsletter an'];

function slots(r: () => number): Slots {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const year = int(1990, 2030);
  return {
    city: pick(CITIES),
    city2: pick(CITIES),
    person: `${pick(GIVEN)} ${pick(SURNAMES)}`,
    org: pick(ORGS),
    country: pick(COUNTRIES),
    n: int(2, 950),
    small: int(2, 12),
    pct: int(1, 95),
    dec: int(11, 99) / 10,
    big: int(1000, 99999),
    year,
    year2: year + int(1, 5),
    month: int(1, 12),
    day: int(1, 28),
    hour: int(8, 20),
  };
}

/** One injected error of the kinds machine translation and hurried editing produce. */
function garble(de: string, r: () => number): string {
  const kinds = [
    (t: string) => t.replace(/\b(19|20)\d\d\b/, 'XNUMX'),
    (t: string) => t.replace(/Milliarden/, 'Millionen'),
    (t: string) => t.replace(/(\d+) %/, '$1'),
    (t: string) => t.replace(/\b(\d{2,3})\b/, (m) => String(Number(m) + 1)),
  ];
  for (let k = 0; k < kinds.length; k++) {
    const out = kinds[Math.floor(r() * kinds.length)](de);
    if (out !== de) return out;
  }
  return de;
}

function article(r: () => number, opts: Required<GeneratorOptions>, withGerman: boolean) {
  const [lo, hi] = opts.sentences;
  const count = lo + Math.floor(r() * (hi - lo + 1));
  const s = slots(r);
  const en: string[] = [];
  const de: string[] = [];
  for (let i = 0; i < count; i++) {
    // Fresh numbers per sentence, names kept per article so the pair shares them.
    const v = { ...slots(r), city: s.city, person: s.person, org: s.org, country: s.country };
    const [e, d] = TEMPLATES[Math.floor(r() * TEMPLATES.length)](v);
    en.push(e);
    de.push(d);
  }
  const titleEn = `${s.org} in ${s.city}: ${enNum(s.n)} new jobs by ${s.year2}`;
  const titleDe = `${s.org} in ${s.city}: ${deNum(s.n)} neue Stellen bis ${s.year2}`;
  const paragraphs = (xs: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < xs.length; ) {
      const len = 2 + Math.floor(r() * 4);
      out.push(xs.slice(i, i + len).join(' '));
      i += len;
    }
    return out;
  };
  let deSentences = de;
  if (withGerman && r() < opts.abridged) deSentences = de.filter(() => r() > 1 / 3);
  if (withGerman && r() < opts.garbled) {
    const i = Math.floor(r() * deSentences.length);
    deSentences = deSentences.map((x, k) => (k === i ? garble(x, r) : x));
  }
  const tail = (b: string[]) => `\n\n${b[0]}\n\n${b[1]}\n`;
  return {
    en: `${titleEn}\n\n${paragraphs(en).join('\n\n')}${tail(BOILERPLATE_EN)}`,
    de: `${titleDe}\n\n${paragraphs(deSentences).join('\n\n')}${tail(BOILERPLATE_DE)}`,
  };
}

/** Generates `pairs` EN/DE article pairs plus unpaired articles, with shuffled, meaningless file names. */
export function generateCorpus(options: GeneratorOptions): GeneratedFile[] {
  const opts: Required<GeneratorOptions> = {
    seed: 1,
    sentences: [38, 66],
    abridged: 0.2,
    garbled: 0.3,
    unpaired: 0.05,
    ...options,
  };
  const r = rng(opts.seed);
  const files: GeneratedFile[] = [];
  const name = () => `${Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0')}${files.length.toString(36)}.txt`;
  for (let i = 0; i < opts.pairs; i++) {
    const a = article(r, opts, true);
    files.push({ name: name(), text: a.en }, { name: name(), text: a.de });
  }
  const extra = Math.round(opts.pairs * opts.unpaired);
  for (let i = 0; i < extra; i++) {
    const a = article(r, opts, false);
    files.push({ name: name(), text: a.en });
    files.push({ name: name(), text: article(r, opts, false).de });
  }
  return files;
}
