// 10,000 random reports through every renderer: no exception, HTML never gains markup from input, TMX always parses.

import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, it } from 'vitest';
import { stripXmlIllegal } from '../../src/report/escape.js';
import { diffRuns, renderDiffText } from '../../src/report/diff.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { plainSummary } from '../../src/report/summary.js';
import { renderTmx, reportTmx } from '../../src/report/tmx.js';
import { randomReport, randomText } from '../fixtures/report/random-report.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

/** About 10 s of CPU per test; generous because the machine is shared and wall time can triple. */
const FUZZ_TIMEOUT_MS = 180_000;

/** Tags the HTML template itself writes; anything else would have come from input. */
const OWN_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 p nav a main section ul li b div table thead tbody tr th td span br mark code del ins details summary footer'.split(' '),
);

const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A plain assertion: vitest's expect() costs more than the renderers themselves at 10,000 runs. */
function must(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

const parser = new XMLParser({ ignoreAttributes: false, trimValues: false, parseTagValue: false, htmlEntities: true, isArray: (n) => n === 'tu' || n === 'tuv' });

describe('renderers on random text', () => {
  it(`renderHtml / renderMarkdown / reportTmx / plainSummary / diff: ${FUZZ_RUNS} random reports`, () => {
    fc.assert(
      fc.property(randomReport, (report) => {
        const html = renderHtml(report);
        must(!/<script/i.test(html), 'HTML has an unescaped <script');
        const foreign = [...html.matchAll(/<\/?([a-zA-Z][^\s/>]*)/g)].map((m) => m[1]).filter((tag) => !OWN_TAGS.has(tag));
        must(foreign.length === 0, `HTML has tags from input: ${foreign.join(', ')}`);
        must([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1].startsWith('#')), 'HTML links outside the page');
        must(html.split('</style>').length === 2, 'HTML style element broken');

        must(!/(?<!\\)<[a-zA-Z/!?]/.test(renderMarkdown(report)), 'Markdown has raw markup');
        must(XMLValidator.validate(reportTmx(report)) === true, 'TMX is not well-formed');
        const terminal = plainSummary(report) + renderDiffText(diffRuns(report, report));
        must(!TERMINAL_UNSAFE.test(terminal), 'terminal text has control characters');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it(`renderTmx: ${FUZZ_RUNS} random unit lists parse, and every seg reads back as its input`, () => {
    fc.assert(
      fc.property(fc.array(fc.record({ src: randomText, tgt: randomText }), { maxLength: 4 }), (units) => {
        const xml = renderTmx(units, 'en', 'de');
        must(XMLValidator.validate(xml) === true, 'TMX is not well-formed');
        const tus: { tuv: { seg: string }[] }[] = parser.parse(xml).tmx.body?.tu ?? [];
        const read = JSON.stringify(tus.map((tu) => tu.tuv.map((t) => String(t.seg ?? ''))));
        const written = JSON.stringify(units.map((u) => [stripXmlIllegal(u.src), stripXmlIllegal(u.tgt)]));
        must(read === written, `segs read back differ: ${read} vs ${written}`);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);
});
