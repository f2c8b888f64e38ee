// German knowledge for the sentence segmenter. Data only: a new language is a new table like this one.
import type { SegmentTable } from './types.js';

export const de: SegmentTable = {
  code: 'de',
  neverFinal: [
    'hr', 'hrn', 'fr', 'frl', 'dr', 'prof', 'dipl', 'ing', 'st', 'sog', 'vgl', 'bzw', 'bzgl', 'ca', 'z.b',
    'z.t', 'u.a', 'd.h', 'u.u', 'o.g', 'i.d.r', 'zzgl', 'ggf', 'evtl', 'inkl', 'exkl', 'insb', 'kath', 'ev',
    'evang', 'geb', 'gest', 'verh', 'allg', 'gem', 'lt', 'ehem', 'stellv', 'gegr', 'zit', 'zt', 'ugs',
    'usf', 'wg', 'vs', 'str', 'bspw', 'v.a', 'u.v.m', 'ff', 'abt',
  ],
  beforeNumber: [
    'nr', 'no', 'n°', 's', 'abs', 'art', 'bd', 'kap', 'ziff', 'tel', 'jan', 'feb', 'mär', 'apr', 'jun',
    'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  ],
  mayEnd: [
    'usw', 'etc', 'u.ä', 'o.ä', 'mio', 'mrd', 'tsd', 'jh', 'jhd', 'chr', 'v.chr', 'n.chr', 'co', 'inc', 'ltd',
    'gmbh', 'ag', 'a.m', 'p.m', 'u.s', 'u.n', 'e.u', 'min', 'max', 'std',
  ],
  sentenceStarters: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'er', 'sie', 'es',
    'wir', 'ich', 'ihr', 'man', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vor',
    'zu', 'zum', 'zur', 'über', 'unter', 'für', 'durch', 'gegen', 'ohne', 'um', 'als', 'auch', 'aber', 'und',
    'oder', 'doch', 'denn', 'so', 'dann', 'da', 'damit', 'dabei', 'dazu', 'daher', 'dennoch', 'trotzdem',
    'jedoch', 'deshalb', 'zudem', 'außerdem', 'nun', 'jetzt', 'heute', 'gestern', 'morgen', 'hier', 'dort',
    'dies', 'diese', 'dieser', 'dieses', 'diesen', 'alle', 'viele', 'einige', 'mehrere', 'kein', 'keine',
    'nicht', 'nur', 'noch', 'bereits', 'schon', 'wie', 'was', 'wer', 'wo', 'wann', 'warum', 'welche',
    'welcher', 'wenn', 'weil', 'obwohl', 'nachdem', 'bevor', 'seit', 'während', 'laut', 'zuvor', 'später',
    'seine', 'sein', 'ihre', 'unser', 'unsere', 'mein', 'meine', 'bis', 'ab', 'ob', 'zunächst', 'zuletzt',
    'insgesamt', 'allerdings', 'immerhin', 'ebenso', 'gleichzeitig', 'anschließend', 'danach',
  ],
  letterWords: [],
  ordinalDot: true,
};
