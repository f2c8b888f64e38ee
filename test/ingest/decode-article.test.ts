import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArticle, dropRepeatedLines, isRejected } from '../../src/ingest/index.js';
import { segmentArticle } from '../../src/segment/index.js';
import type { Article, Rejected } from '../../src/types.js';

const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const BODY = 'The ministers met in Baku on Monday. They agreed on a plan worth 2.3 billion dollars.';

function article(file: string, bytes: Uint8Array): Article {
  const out = decodeArticle({ file, bytes });
  if (isRejected(out)) throw new Error(`rejected: ${out.reason}`);
  return out;
}
function rejected(file: string, bytes: Uint8Array): Rejected {
  const out = decodeArticle({ file, bytes });
  if (!isRejected(out)) throw new Error('expected a rejection');
  return out;
}

describe('decodeArticle: bad input', () => {
  it('empty file', () => expect(rejected('a.txt', new Uint8Array()).reason).toBe('empty file'));
  it('whitespace only', () => expect(rejected('a.txt', utf8(' \n\t\r\n \u00a0')).reason).toBe('only whitespace'));
  it('binary image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(rejected('photo.txt', png).reason).toBe('binary file (PNG image)');
  });
  it('NUL bytes', () => expect(rejected('a.txt', utf8('abc\u0000def')).reason).toBe('binary file (NUL bytes)'));
  it('invalid UTF-8 is replaced with a note', () => {
    const bytes = new Uint8Array([...utf8(BODY), 0xff, 0xfe, 0x20, ...utf8('More text.')]);
    const a = article('a.txt', bytes);
    expect(a.text).toContain('\uFFFD');
    expect(a.notes).toEqual(['invalid UTF-8 replaced (2 characters)']);
  });
  it('mostly invalid UTF-8 is rejected', () => {
    const latin1 = new Uint8Array(Array.from({ length: 200 }, (_, k) => (k % 2 ? 0xe4 : 0xfc)));
    expect(rejected('a.txt', latin1).reason).toMatch(/^not UTF-8 text \(\d+ of \d+ characters invalid\)$/);
  });
  it('UTF-8 BOM is stripped', () => {
    const a = article('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(BODY)]));
    expect(a.text).toBe(BODY);
  });
  it('UTF-16 LE and BE with BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(`Größe\n\n${BODY}`, 'utf16le')]);
    const be = new Uint8Array(le.length);
    for (let k = 0; k < le.length; k += 2) [be[k], be[k + 1]] = [le[k + 1], le[k]];
    expect(article('a.txt', le).text).toBe(`Größe\n\n${BODY}`);
    expect(article('a.txt', be).text).toBe(`Größe\n\n${BODY}`);
    expect(article('a.txt', be).notes).toEqual(['decoded from UTF-16 BE']);
  });
  it('CRLF and CR line ends become \\n', () => {
    expect(article('a.txt', utf8(`Title\r\n\r\n${BODY}\r\rEnd.`)).text).toBe(`Title\n\n${BODY}\n\nEnd.`);
  });
  it('text is NFC', () => {
    expect(article('a.txt', utf8(`Gro\u0308ße. ${BODY}`)).text.startsWith('Größe.')).toBe(true);
  });
  it('a file of only furniture is rejected with the count', () => {
    expect(rejected('a.txt', utf8('Connect with us\n\nShare this article:\n')).reason).toBe(
      'no article text: all 2 lines are site furniture',
    );
  });
  it('HTML with scripts: no script text in paragraphs', () => {
    const a = article('page.html', fixture('html-article.html'));
    expect(a.text).not.toContain('SCRIPT-TEXT');
    expect(a.text).not.toContain('Injected');
    expect(a.text).not.toMatch(/Advertisement|Share on|cookies|All rights|Related/);
  });
  it('HTML without readable text is rejected', () => {
    expect(rejected('a.html', utf8('<html><body><script>var a = 1;</script></body></html>')).reason).toBe(
      'no article text found in HTML',
    );
  });
});

describe('decodeArticle: formats', () => {
  it('an article saved as HTML with navigation, ads and footer gives the same sentences as its plain text', () => {
    const html = article('article.html', fixture('html-article.html'));
    const txt = article('article.txt', fixture('html-article.txt'));
    expect(html.format).toBe('html');
    expect(html.title).toBe('Kazakhstan plans 1,300 kilometres of new railway');
    expect(segmentArticle(html, 'en').map((s) => s.text)).toEqual(segmentArticle(txt, 'en').map((s) => s.text));
  });

  it('Markdown markup is stripped to plain paragraphs', () => {
    const md = [
      '---', 'title: x', '---', '# The **budget** talks', '', 'Ministers met [in Baku](https://x.y) on *Monday*.',
      'They agreed on `2.3` billion.', '', '![chart](c.png)', '', '```', 'const x = 1;', '```', '', '- first item',
      '- second item', '', '> A quote with __bold__ text.', '', '[ref]: https://x.y',
    ].join('\n');
    const a = article('a.md', utf8(md));
    expect(a.format).toBe('md');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'The budget talks',
      'Ministers met in Baku on Monday. They agreed on 2.3 billion.',
      'first item',
      'second item',
      'A quote with bold text.',
    ]);
    expect(a.notes).toEqual(['1 lines of code blocks left out']);
  });

  it('plain text: each line of a block of one-line paragraphs is its own paragraph', () => {
    const a = article('a.txt', utf8(`Headline of the day\n${BODY}\nThe plan starts in May.`));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Headline of the day', BODY, 'The plan starts in May.']);
    expect(a.title).toBe('Headline of the day');
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});

describe('boilerplate on the seed articles (copies in test/fixtures/ingest)', () => {
  const FURNITURE_001 = [
    'Connect with us', 'Hi, what are you looking for?', 'European Union', 'Share this article:', 'You May Also Like',
    'United States',
  ];
  it('001 (EN): furniture, disclaimer and teasers dropped; title and every real paragraph kept', () => {
    const a = article('001.txt', fixture('seed-001-eu-reporter-en.txt'));
    const kept = a.paragraphs.map((p) => p.text);
    for (const line of FURNITURE_001) expect(kept).not.toContain(line);
    expect(kept.some((p) => /EU Reporter|Zaporizhzhia|energy security|Soft Power|stone dealer/.test(p))).toBe(false);
    expect(kept[0]).toBe('Kazakhstan attends first ‘Central Asia – G7’ ministerial meeting');
    expect(a.title).toBe(kept[0]);
    expect(kept.slice(1).map((p) => p.slice(0, 20))).toEqual([
      'Deputy Minister of F', 'Roman Vassilenko fur', 'In turn, G7 foreign ', 'In particular, mutua',
    ]);
    expect(a.dropped.map((d) => d.reason)).toEqual([
      'rule:connect-with-us', 'rule:search-prompt', 'rule:section-label', 'rule:share-this-article',
      'rule:publisher-disclaimer', 'rule:you-may-also-like', ...Array(7).fill('rule:after-you-may-also-like'),
    ]);
  });

  it('004 (DE): furniture, byline fragments, consent note, disclaimer and "Trending" dropped', () => {
    const a = article('004.txt', fixture('seed-004-eu-reporter-de.txt'));
    const kept = a.paragraphs.map((p) => p.text);
    for (const line of ['Vernetzen Sie sich mit uns', 'Kasachstan', 'SHARE:', 'Veröffentlicht', 'on', 'Teile diesen Artikel:', 'Trending']) {
      expect(kept).not.toContain(line);
    }
    expect(kept.some((p) => /Wir verwenden Ihre Anmeldung|EU Reporter/.test(p))).toBe(false);
    expect(kept[0]).toBe('Kasachstan nimmt am ersten Ministertreffen „Zentralasien – G7“ teil');
    expect(kept.slice(1).map((p) => p.slice(0, 20))).toEqual([
      'Der stellvertretende', 'Roman Wassilenko wie', 'Im Gegenzug bekräfti', 'Insbesondere wurde d',
    ]);
  });

  it('003 (EN): truncated breadcrumb and duplicated title dropped, title kept once', () => {
    const a = article('003.txt', fixture('seed-003-breadcrumb-head.txt'));
    const title =
      'President Kassym-Jomart Tokayev participates in the first Summit of Heads of State of the UN Special Programme for the Economies of Central Asia (SPECA)';
    expect(a.dropped.map((d) => d.reason)).toEqual(['rule:breadcrumb', 'duplicate-line']);
    expect(a.paragraphs.filter((p) => p.text === title)).toHaveLength(1);
    expect(a.paragraphs[0].text).toBe(title);
    expect(a.paragraphs.some((p) => p.text.startsWith('Homepage'))).toBe(false);
    expect(a.paragraphs.at(-1)?.text.startsWith('According to him')).toBe(true);
  });

  it('the same furniture line in a body position is not mistaken for a section label', () => {
    const a = article('a.txt', utf8(`${BODY}\n\nEuropean Union\n\n${BODY} More.`));
    expect(a.paragraphs.map((p) => p.text)).toContain('European Union');
  });
});

describe('dropRepeatedLines', () => {
  const make = (file: string, lines: string[]): Article => article(file, utf8(lines.join('\n\n')));

  it('moves a line seen in 3 distinct files to dropped, with the count', () => {
    const arts = ['a', 'b', 'c'].map((f, k) => make(`${f}.txt`, [`${BODY} Story ${k}.`, 'Subscribe to Example Weekly', `End ${k}.`]));
    const out = dropRepeatedLines(arts);
    for (const a of out) {
      expect(a.paragraphs.map((p) => p.text)).not.toContain('Subscribe to Example Weekly');
      expect(a.dropped).toContainEqual(expect.objectContaining({ text: 'Subscribe to Example Weekly', reason: 'repeated-in-3-files' }));
    }
  });

  it('two identical files, or a line in only two files, are left alone', () => {
    const a = make('a.txt', [BODY, 'Shared line']);
    const b = make('b.txt', [`${BODY} Other.`, 'Shared line']);
    const copy = { ...a, file: 'a-copy.txt' };
    expect(dropRepeatedLines([a, b, copy])).toEqual([a, b, copy]);
  });
});
