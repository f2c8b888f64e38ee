// Numeric QA over aligned source/target texts: every rule's findings as data.
import { scan, type Scan } from '../numbers/index.js';
import type { Bead, Flag, Lang } from '../types.js';
import { compare, wordsOnly } from './compare.js';
import { addedNumbersInfo } from './rules/added-numbers.js';
import { BEAD_RULES, MATCHED_RULES, PAIR_RULES, TEXT_RULES } from './rules/index.js';
import { omittedNumbersInfo } from './rules/omitted-numbers.js';
import { untranslated } from './rules/untranslated.js';
import type { Comparison, RuleInfo } from './types.js';

export type { RuleInfo } from './types.js';

export interface CheckOptions {
  srcLang: Lang;
  tgtLang: Lang;
}

/** One entry per rule module: what the report and the UI show. */
export const RULES: readonly RuleInfo[] = [...PAIR_RULES.map((r) => r.info), ...BEAD_RULES];

/** All flags for an aligned pair; spans index into `src` and `tgt`. */
export function checkSegments(src: string, tgt: string, opts: CheckOptions): Flag[] {
  const c = compare(src, tgt, opts.srcLang, opts.tgtLang);
  // Many sentence pairs carry no figure or name on either side (a third of the generated corpus):
  // only the rules that read the bare text can say anything about them.
  // Most of the rest have every quantity matched: the rules about changed or left-over ones have nothing to read.
  const rules = figureless(c) ? TEXT_RULES : allMatched(c) ? MATCHED_RULES : PAIR_RULES;
  const out: Flag[] = [];
  for (const rule of rules) for (const f of rule.run(c)) out.push(f);
  return out;
}

/** Whether neither side holds a quantity or a name (then nothing is matched, changed or left over). */
function figureless(c: Comparison): boolean {
  return c.src.quantities.length === 0 && c.tgt.quantities.length === 0 && c.src.names.length === 0 && c.tgt.names.length === 0;
}

/** Whether every quantity of both sides is matched: nothing changed, nothing left over. */
function allMatched(c: Comparison): boolean {
  return c.changed.length === 0 && c.srcLeft.length === 0 && c.tgtLeft.length === 0;
}

/** Whether any flag says the meaning may have changed (error or warning). */
export function isFlagged(flags: readonly Flag[]): boolean {
  return flags.some((f) => f.severity !== 'info');
}

/** Quantities worth reporting in an unaligned sentence: word numbers too ("fivefold"), not articles. */
function numbersOf(found: Scan) {
  return found.quantities.filter((q) => !q.weak && !q.bare);
}

/** The sentences of one side of a bead, joined by a space ('' for none). */
function joined(texts: readonly string[], idx: readonly number[]): string {
  // Most beads hold one sentence: no array to build and join.
  if (idx.length === 1) return texts[idx[0]] ?? '';
  return idx.map((i) => texts[i] ?? '').join(' ');
}

/** Flags per bead: pair rules on joined sentences; omissions and additions for 1-0 / 0-1 beads. */
export function checkAlignment(src: string[], tgt: string[], beads: Bead[], opts: CheckOptions): { bead: number; flag: Flag }[] {
  const out: { bead: number; flag: Flag }[] = [];
  beads.forEach((bead, n) => {
    const s = joined(src, bead.src);
    const t = joined(tgt, bead.tgt);
    if (bead.src.length > 0 && bead.tgt.length > 0) {
      for (const flag of checkSegments(s, t, opts)) out.push({ bead: n, flag });
      return;
    }
    const [info, text, lang] = bead.tgt.length === 0 ? [omittedNumbersInfo, s, opts.srcLang] : [addedNumbersInfo, t, opts.tgtLang];
    const found = scan(text, lang);
    const nums = numbersOf(found);
    if (nums.length > 0) {
      const span = { start: nums[0].span.start, end: nums[nums.length - 1].span.end };
      const flag: Flag = {
        rule: info.id,
        severity: info.severity,
        message: `${bead.tgt.length === 0 ? 'omitted' : 'added'} sentence with ${nums.map((q) => `"${q.text}"`).join(', ')}`,
        ...(bead.tgt.length === 0 ? { src: span } : { tgt: span }),
      };
      out.push({ bead: n, flag });
    }
    if (bead.tgt.length > 0) {
      // An added target sentence may simply be the source sentence left in place.
      // The scan's tokens are the target's: it is not cut again.
      const copy = untranslated.run(wordsOnly(t, t, opts.srcLang, opts.tgtLang, found.tokens));
      for (const flag of copy) out.push({ bead: n, flag });
    }
  });
  return out;
}
