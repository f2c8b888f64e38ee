import type { Flag } from '../../types.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'number-glued',
  severity: 'error',
  title: 'Number glued into a word',
  description: 'Digits of a source number fused into a neighbouring word or name (CO2026 for CO2 and 2026).',
};

// Alphanumeric names so common that a longer digit run after them means glued digits.
const KNOWN_NAMES = ['CO2', 'G7', 'G8', 'G20', 'H1N1', 'COVID-19', 'MP3', 'F1', 'A4', 'B2B', '3D', '4G', '5G'];
// Fewest extra digits that make a glued number (CO2 + "026").
const MIN_GLUED_DIGITS = 2;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export const numberGlued: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const out: Flag[] = [];
    if (c.tgt.names.length === 0) return out;
    const srcUnmatched = new Set(c.srcLeft.concat(c.changed.map(([s]) => s)));
    for (const name of c.tgt.names) {
      if (c.src.text.includes(name.text)) continue;
      const letters = name.text.replace(/[\d\W_]/g, '');
      const digits = digitsOf(name.text);
      const known = KNOWN_NAMES.find((k) => name.text.toUpperCase().startsWith(k) && digitsOf(name.text).length - digitsOf(k).length >= MIN_GLUED_DIGITS);
      const source = c.src.quantities.find(
        (q, i) => !q.fromWords && srcUnmatched.has(i) && digitsOf(q.text).length > 0 && digits.endsWith(digitsOf(q.text)),
      );
      // A source name grown longer ("Meteor-1" -> "Meteor-1962") has digits glued on.
      const grown = c.src.names.some((n) => name.text.length > n.text.length && name.text.startsWith(n.text) && /\d$/.test(n.text));
      // Glued digits join a name (EFSA365, US500); a hyphenated name ("S-21" for "Stuttgart 21") is an
      // abbreviation and lower-case letters ("daß600") a missing space.
      const nameLike = /\p{Lu}/u.test(letters) && !name.text.includes('-');
      if (!known && !grown && !(source && nameLike)) continue;
      out.push({
        rule: info.id,
        severity: info.severity,
        message: source ? `"${source.text}" is glued into "${name.text}"` : `digits glued into "${name.text}"`,
        ...(source ? { expected: source.text, src: { ...source.span } } : {}),
        actual: name.text,
        tgt: { ...name.span },
      });
    }
    return out;
  },
};
