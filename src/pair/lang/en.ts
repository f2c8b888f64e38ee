import type { NumberFormat } from './types.js';

export const en: NumberFormat = { group: [','], decimal: '.' };
