// English knowledge for the sentence segmenter. Data only: a new language is a new table like this one.
import type { SegmentTable } from './types.js';

export const en: SegmentTable = {
  code: 'en',
  neverFinal: [
    'mr', 'mrs', 'ms', 'mssrs', 'messrs', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'cpt', 'sgt', 'maj', 'adm',
    'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'fr', 'st', 'mt', 'ft', 'ave', 'blvd', 'rd',
    'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'dept', 'est', 'esp', 'incl', 'fig', 'figs', 'eq',
  ],
  beforeNumber: [
    'no', 'nos', 'n°', 'nr', 'p', 'pp', 'vol', 'vols', 'art', 'arts', 'sec', 'ch', 'chap', 'para', 'tel', 'ed',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  mayEnd: [
    'etc', 'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'al', 'a.m', 'p.m', 'u.s', 'u.k',
    'u.n', 'e.u', 'u.s.a', 'mln', 'bln', 'bn', 'min', 'max', 'hrs', 'yrs', 'km', 'kg', 'oz', 'lb', 'lbs',
  ],
  sentenceStarters: [
    'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'we',
    'they', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'one', 'some', 'many', 'most', 'all',
    'both', 'each', 'every', 'no', 'none', 'other', 'another', 'such', 'in', 'on', 'at', 'for', 'with',
    'by', 'from', 'as', 'after', 'before', 'during', 'since', 'while', 'when', 'where', 'what', 'who',
    'whom', 'which', 'why', 'how', 'if', 'but', 'and', 'or', 'so', 'yet', 'also', 'however', 'meanwhile',
    'today', 'yesterday', 'tomorrow', 'then', 'now', 'later', 'still', 'thus', 'therefore', 'moreover',
    'furthermore', 'although', 'though', 'because', 'once', 'only', 'according', 'despite', 'last',
    'next', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should',
    'may', 'might', 'must', 'has', 'have', 'had', 'not', 'let', 'please', 'over', 'under', 'about',
  ],
  letterWords: ['I'],
  ordinalDot: false,
};
