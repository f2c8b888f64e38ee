import type { NumberFormat } from './types.js';

export const de: NumberFormat = { group: ['.'], decimal: ',' };
