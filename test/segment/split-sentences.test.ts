import { describe, expect, it } from 'vitest';
import { segmentArticle, splitSentences } from '../../src/segment/index.js';
import type { Article } from '../../src/types.js';

// Cases written for tandem (not copied from any benchmark): each pins one rule of the segmenter.
const EN: [string, string[]][] = [
  ['Prices rose. Markets fell.', ['Prices rose.', 'Markets fell.']],
  ['Mr. Smith met Dr. Jones in St. Louis. They talked.', ['Mr. Smith met Dr. Jones in St. Louis.', 'They talked.']],
  ['Aid from the U.S. government arrived. It helped.', ['Aid from the U.S. government arrived.', 'It helped.']],
  ['He moved back to the U.S. The move was quick.', ['He moved back to the U.S.', 'The move was quick.']],
  ['The U.N. envoy arrived on Monday.', ['The U.N. envoy arrived on Monday.']],
  ['The deal was signed by Acme Co. It takes effect in May.', ['The deal was signed by Acme Co.', 'It takes effect in May.']],
  ['See p. 12 and No. 5 for details.', ['See p. 12 and No. 5 for details.']],
  ['Growth was 2.3 percent in 2023. Inflation fell.', ['Growth was 2.3 percent in 2023.', 'Inflation fell.']],
  ['Did it work? Yes! It did.', ['Did it work?', 'Yes!', 'It did.']],
  ['He said it was over.... Nobody agreed.', ['He said it was over....', 'Nobody agreed.']],
  ['"It is done." The minister left.', ['"It is done."', 'The minister left.']],
  ['"It is done," the minister said. He left.', ['"It is done," the minister said.', 'He left.']],
  ['He (who had served 5 years.) stayed home.', ['He (who had served 5 years.) stayed home.']],
  ['J. R. Smith scored 20 points. The team won.', ['J. R. Smith scored 20 points.', 'The team won.']],
  ['• First point • Second point', ['• First point', '• Second point']],
  ['1.) Budget 2.) Trade', ['1.) Budget', '2.) Trade']],
  ['In 1997. 25 states joined later.', ['In 1997.', '25 states joined later.']],
  ['Visit example.com/a.b.html. Then call us.', ['Visit example.com/a.b.html.', 'Then call us.']],
  ['Headline without a stop\nThe body follows here.', ['Headline without a stop', 'The body follows here.']],
];

const DE: [string, string[]][] = [
  ['Der Gipfel fand am 3. Dezember in Wien statt. Er dauerte zwei Tage.', ['Der Gipfel fand am 3. Dezember in Wien statt.', 'Er dauerte zwei Tage.']],
  ['Das war das 10. Treffen der Runde. Die Stimmung war gut.', ['Das war das 10. Treffen der Runde.', 'Die Stimmung war gut.']],
  ['Die Zahl stieg im Jahr 2021. Sie fiel danach.', ['Die Zahl stieg im Jahr 2021.', 'Sie fiel danach.']],
  ['Es gibt Probleme, z. B. Staus und Lärm. Das ist bekannt.', ['Es gibt Probleme, z. B. Staus und Lärm.', 'Das ist bekannt.']],
  ['Es gibt Probleme, z.B. Staus. Das ist bekannt.', ['Es gibt Probleme, z.B. Staus.', 'Das ist bekannt.']],
  ['Gemäß Art. 5 bzw. Nr. 7 gilt das. Dr. Weber widersprach.', ['Gemäß Art. 5 bzw. Nr. 7 gilt das.', 'Dr. Weber widersprach.']],
  ['Die Kosten: 1.250,50 Euro. Das ist viel.', ['Die Kosten: 1.250,50 Euro.', 'Das ist viel.']],
  ['„Wir haben es geschafft.“ Das sagte sie gestern.', ['„Wir haben es geschafft.“', 'Das sagte sie gestern.']],
  ['„Es wird schwer“, sagte er. Präsident Weber nickte.', ['„Es wird schwer“, sagte er.', 'Präsident Weber nickte.']],
  ['Vom 1. -3. Jahrhundert blieb wenig.', ['Vom 1. -3. Jahrhundert blieb wenig.']],
  ['Die Inflation lag bei 80 %. 20 % fehlen.', ['Die Inflation lag bei 80 %.', '20 % fehlen.']],
];

describe('splitSentences', () => {
  it.each(EN)('en: %s', (text, want) => expect(splitSentences(text, 'en')).toEqual(want));
  it.each(DE)('de: %s', (text, want) => expect(splitSentences(text, 'de')).toEqual(want));

  it('splits blank-line blocks and separate lines, not hard-wrapped prose', () => {
    const wrapped = [
      'The committee met on Tuesday to discuss the budget for next year and',
      'agreed on most points after a long debate that lasted until midnight',
      'when the chair closed the session with a short statement to the press.',
      'Nobody objected.',
    ].join('\n');
    expect(splitSentences(wrapped, 'en')).toHaveLength(2);
    expect(splitSentences('Title\n\nFirst line.\nSecond line', 'en')).toEqual(['Title', 'First line.', 'Second line']);
  });

  it('a line starting lower case continues the line before', () => {
    expect(splitSentences('The talks went on for\nthree days. They ended.', 'en')).toEqual([
      'The talks went on for\nthree days.',
      'They ended.',
    ]);
  });

  it('languages without a table still split on punctuation', () => {
    expect(splitSentences('Bonjour. Ça va? Oui.', 'fr')).toEqual(['Bonjour.', 'Ça va?', 'Oui.']);
  });

  it('one 1 MB line without punctuation is one sentence', () => {
    const line = 'word '.repeat(200_000).trim();
    const out = splitSentences(line, 'en');
    expect(out).toHaveLength(1);
    expect(out[0].length).toBe(line.length);
  });

  it('100,000 one-word lines give 100,000 sentences', () => {
    expect(splitSentences('Word\n'.repeat(100_000), 'de')).toHaveLength(100_000);
  });
});

describe('segmentArticle', () => {
  const text = 'Title here\n\nFirst sentence. Second one!\n\nThird "quoted." Fourth.';
  const article: Article = {
    file: 'a.txt',
    format: 'txt',
    text,
    paragraphs: [
      { text: 'Title here', start: 0 },
      { text: 'First sentence. Second one!', start: 12 },
      { text: 'Third "quoted." Fourth.', start: 41 },
    ],
    dropped: [],
    notes: [],
  };

  it('gives spans into article.text, paragraph indexes and running indexes', () => {
    const sentences = segmentArticle(article, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['Title here', 'First sentence.', 'Second one!', 'Third "quoted."', 'Fourth.']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('skips dropped lines: only paragraphs are segmented', () => {
    const sentences = segmentArticle({ ...article, paragraphs: article.paragraphs.slice(1) }, 'en');
    expect(sentences[0].text).toBe('First sentence.');
    expect(sentences[0].paragraph).toBe(0);
  });
});
