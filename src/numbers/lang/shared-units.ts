// Unit spellings that English and German news copy share (symbols and SI abbreviations).
export const SHARED_UNITS: Record<string, string> = {
  km: 'km', m: 'm', cm: 'cm', mm: 'mm', kg: 'kg', g: 'g', t: 't', mg: 'mg', ha: 'ha',
  kmh: 'km/h', 'km/h': 'km/h', mph: 'mph', kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', ps: 'hp', hp: 'hp',
  gb: 'GB', mb: 'MB', tb: 'TB', ghz: 'GHz', mhz: 'MHz', '°': 'deg', '°c': 'deg', '°f': 'degF',
  l: 'l', ml: 'ml', gt: 'Gt', mt: 'Mt',
};

/** Currency symbols written before or after the amount. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₤': 'GBP',
};
