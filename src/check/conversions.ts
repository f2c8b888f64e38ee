// Unit conversions translators apply (miles to km, Fahrenheit to Celsius): a converted figure is
// a faithful translation, not a changed value.
import type { ScannedQuantity } from '../numbers/index.js';

/** Source unit code -> factor to the metric unit a German text uses. */
const FACTORS: Record<string, number> = {
  mile: 1.609344, mph: 1.609344, ft: 0.3048, in: 2.54, yd: 0.9144, gal: 3.785, acre: 0.4047,
};
// Rounding translators apply to converted figures.
const TOLERANCE = 0.12;
// Degrees within which a Fahrenheit figure converted to Celsius counts as the same.
const DEGREE_TOLERANCE = 1.5;

// "600 million pounds" of sweets read as money; in kilograms it is a weight conversion.
const POUND_KG = 0.4536;

export function converted(s: ScannedQuantity, t: ScannedQuantity): boolean {
  const f = s.unit === 'GBP' && t.context === 'kg' ? POUND_KG : FACTORS[s.context ?? ''];
  const v = Math.abs(t.value);
  if (f !== undefined) {
    const x = Math.abs(s.value) * f;
    return [x, x / 10, x * 10, x / 100, x * 100].some((y) => Math.abs(y - v) <= TOLERANCE * v);
  }
  if (s.context === 'deg' || s.context === 'degF') return Math.abs(((s.value - 32) * 5) / 9 - t.value) <= DEGREE_TOLERANCE;
  return false;
}
