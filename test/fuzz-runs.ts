/** Random inputs per fuzz property: 10,000 in `npm test` and CI, more with `npm run fuzz` (FUZZ_RUNS=100000). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
