// Bead costs: Gale-Church length fit, lexical similarity of the two blocks, and a prior per bead shape.

/** A bead shape: `a` source sentences against `b` target sentences. */
export interface BeadShape {
  a: number;
  b: number;
  /** Prior cost of the shape: merges and omissions are rarer than 1-1 beads. */
  prior: number;
}

export interface CostWeights {
  /** Weight of the Gale-Church length cost. */
  length: number;
  /** Weight of lexical dissimilarity (1 - cosine). */
  lexical: number;
  /** Cost of leaving one sentence unaligned. */
  nullCost: number;
  /** Lexical dissimilarity assumed when a block has no comparable features at all (no evidence either way). */
  noEvidence: number;
  /** Gale-Church variance per character (6.8 in the 1993 paper). */
  variance: number;
  /** Weight of the learnt-lexicon features against the surface features in the second pass. */
  translation: number;
  /** Cost per number one block carries and the other lacks, though the other document has it elsewhere. */
  numberMismatch: number;
  /**
   * Extra cost per sentence of a bead that shares no feature with the other block although both have
   * features: such a sentence is more likely an omission than part of a merge.
   */
  orphan: number;
}

export const DEFAULT_WEIGHTS: CostWeights = {
  length: 1,
  lexical: 6,
  nullCost: 6,
  noEvidence: 0.7,
  variance: 6.8,
  translation: 0.6,
  numberMismatch: 1,
  orphan: 1.5,
};

/**
 * Shapes and priors: a merge costs more the more sentences it joins. Shapes up to 2-3 and 1-4 pay
 * on OCR and literary text, where translators split and join freely (Text+Berg: 30 of 422 beads).
 */
export const SHAPES: readonly BeadShape[] = [
  { a: 1, b: 1, prior: 0 },
  { a: 1, b: 0, prior: 0 },
  { a: 0, b: 1, prior: 0 },
  { a: 1, b: 2, prior: 2.4 },
  { a: 2, b: 1, prior: 2.4 },
  { a: 2, b: 2, prior: 4 },
  { a: 1, b: 3, prior: 4.8 },
  { a: 3, b: 1, prior: 4.8 },
  { a: 2, b: 3, prior: 5.6 },
  { a: 3, b: 2, prior: 5.6 },
  { a: 1, b: 4, prior: 6.4 },
  { a: 4, b: 1, prior: 6.4 },
];

/** Largest block on either side of any shape: how far back the DP and the dot cache must reach. */
export const MAX_BLOCK = 4;

/**
 * Gale & Church (1993) length cost: -log P(|delta|) with delta the standardised difference of the
 * target length from the source length times the document's length ratio.
 */
export function lengthCost(srcLen: number, tgtLen: number, ratio: number, variance: number): number {
  return scaledLengthCost(srcLen, tgtLen / ratio, variance);
}

/** `lengthCost` of a target length already divided by the ratio: the DP divides each target block once, not per cell. */
export function scaledLengthCost(srcLen: number, scaledTgtLen: number, variance: number): number {
  const mean = (srcLen + scaledTgtLen) / 2;
  if (mean === 0) return 0;
  const delta = Math.abs((scaledTgtLen - srcLen) / Math.sqrt(mean * variance));
  const x = delta * DELTA_STEPS;
  if (x >= DELTA_TABLE.length - 1) return MAX_LENGTH_COST;
  const k = Math.floor(x);
  return DELTA_TABLE[k] + (x - k) * (DELTA_TABLE[k + 1] - DELTA_TABLE[k]);
}

/** -log P(|delta|) beyond this is no more informative: the bead is impossible on length alone. */
const MAX_LENGTH_COST = 27.6;
/** Table steps per unit of delta: linear interpolation between them is within 0.01 of the exact cost. */
const DELTA_STEPS = 100;
/** Past this delta the cost is capped anyway. */
const MAX_DELTA = 8;

/** -log erfc(delta / sqrt 2), tabulated: the DP asks for it millions of times on large inputs. */
const DELTA_TABLE = Float64Array.from({ length: MAX_DELTA * DELTA_STEPS + 1 }, (_, k) => {
  const p = erfc(k / DELTA_STEPS / Math.SQRT2);
  return p < 1e-12 ? MAX_LENGTH_COST : Math.min(MAX_LENGTH_COST, -Math.log(p));
});

/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
