import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeXml, slug, stripXmlIllegal } from '../../src/report/escape.js';
import { excerpt } from '../../src/report/flags.js';
import { defaultMarks, digitMarks, tokenLine } from '../../src/report/quantity-marks.js';

describe('escaping', () => {
  it('HTML: markup characters become entities, invisible controls become U+FFFD', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & \u202e\u0007`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; \uFFFD\uFFFD');
    expect(escapeHtml('plain 15 %')).toBe('plain 15 %');
  });

  it('XML: predefined entities, CR as a reference, illegal characters removed', () => {
    expect(escapeXml(`a<b>&"c'\r\n\u0000\ud800\uFFFE]]>`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;&#13;\n]]&gt;');
    expect(stripXmlIllegal('ok \ud83d\ude00 \ud83d')).toBe('ok \ud83d\ude00 ');
  });

  it('Markdown: one line, markup characters escaped', () => {
    expect(escapeMarkdown('a|b\n*c* [d](javascript:x) <e> `f`')).toBe('a\\|b \\*c\\* \\[d\\]\\(javascript:x\\) \\<e\\> \\`f\\`');
  });

  it('slug: no separators, no leading dots, never empty', () => {
    expect(slug('../../etc/passwd<script>')).toBe('etc-passwd-script');
    expect(slug('...')).toBe('x');
    expect(slug('2025-01-02T03-04-05-006Z-a1b2c3')).toBe('2025-01-02T03-04-05-006Z-a1b2c3');
  });
});

describe('excerpt', () => {
  it('keeps short text, windows long text around the span with ellipses', () => {
    expect(excerpt('short', undefined, 10)).toBe('short');
    const text = `${'a'.repeat(100)}XNUMX${'b'.repeat(100)}`;
    const out = excerpt(text, { start: 100, end: 105 }, 21);
    expect(out).toBe(`…${'a'.repeat(8)}XNUMX${'b'.repeat(8)}…`);
  });
});

describe('quantity marks', () => {
  it('digit fallback skips numbers glued to words (G7, CO2)', () => {
    expect(digitMarks('G7 and CO2 but 15 % and 1.300', 'de').map((m) => m.token)).toEqual(['15%', '1.300']);
  });

  it('the numbers stage makes tokens comparable across languages', () => {
    const en = tokenLine(defaultMarks('worth 2.3 billion dollars and 15% in 2030', 'en'));
    const de = tokenLine(defaultMarks('im Wert von 2,3 Milliarden US-Dollar und 15 % im Jahr 2030', 'de'));
    expect(de).toBe(en);
  });
});
