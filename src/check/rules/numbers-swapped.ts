import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'numbers-swapped',
  severity: 'error',
  title: 'Numbers swapped',
  description: 'Two numbers exchanged places: each now has the other one\'s unit, role or order.',
};

// Most words between two numbers read as one coordinated group ("204 boys and 172 girls").
const MAX_GAP_WORDS = 3;
// Words that coordinate two figures: lists, ranges, alternatives, dimensions.
const COORDINATORS = new Set(['and', 'or', 'to', 'und', 'oder', 'bis', 'x', 'mal', '-', '–', '/', ',', 'and/or']);

// Roles that belong to a figure and do not move in translation: time spans and measures.
// Counted nouns (children, people) are left out: "20 children out of 23" is "20 von 23 Kindern".
const ROLE: Record<string, string> = {
  year: 'year', age: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', minute: 'minute', second: 'second',
  km: 'km', m: 'm', cm: 'cm', mm: 'mm', kg: 'kg', g: 'g', t: 't', l: 'l', mile: 'mile', deg: 'deg', point: 'point', times: 'times',
};

/** What a figure is in its sentence: a date's day, an amount of money, a percentage, a measure. */
function role(q: ScannedQuantity): string | undefined {
  if (q.kind === 'date') return 'date';
  if (q.kind === 'currency') return `money:${q.unit}`;
  return q.context === undefined ? undefined : ROLE[q.context];
}

// Roles a translator may leave unsaid on one of two coordinated figures ("120 bis 150 Euro"):
// they count as moved only when the figure took on another role.
function looseRole(r: string): boolean {
  return r === 'date' || r.startsWith('money:');
}

function gap(a: ScannedQuantity, b: ScannedQuantity, text: string): string {
  const [x, y] = a.span.start < b.span.start ? [a, b] : [b, a];
  return text.slice(x.span.end, y.span.start);
}

function tight(a: ScannedQuantity, b: ScannedQuantity, text: string): boolean {
  const words = gap(a, b, text).toLowerCase().replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  return words.length <= MAX_GAP_WORDS && words.some((w) => COORDINATORS.has(w)) && !words.some((w) => /[.;:!?]/.test(w));
}

export const numbersSwapped: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const pairs = c.matched.map(([i, j]) => ({ s: c.src.quantities[i], t: c.tgt.quantities[j], i, j }));
    // The unit or role of a figure moved to another figure ("49 minutes" -> "2025 Minuten").
    for (const p of pairs) {
      for (const [who, other] of [['t', 's'], ['s', 't']] as const) {
        const ctx = role(p[who]);
        const was = role(p[other]);
        if (!ctx || was === ctx || p.s.fromWords || p.t.fromWords) continue;
        if (looseRole(ctx) && was === undefined) continue;
        const side = other === 's' ? c.src.quantities : c.tgt.quantities;
        const holder = side.find((q) => role(q) === ctx && q !== p[other] && Math.abs(q.value) !== Math.abs(p[other].value) && !q.weak);
        if (holder) return [makeFlag(info, `"${p.s.text}" took the place of "${holder.text}"`, c, p.s, p.t)];
      }
    }
    // Two coordinated figures in the opposite order ("between 80 and 100" -> "100 bis 80").
    for (const a of pairs) {
      for (const b of pairs) {
        if (a.i >= b.i || a.s.value === b.s.value) continue;
        if (a.j < b.j) continue;
        if (!tight(a.s, b.s, c.src.text) || !tight(a.t, b.t, c.tgt.text)) continue;
        return [makeFlag(info, `"${a.s.text}" and "${b.s.text}" are in the opposite order`, c, a.s, a.t)];
      }
    }
    return [];
  },
};
