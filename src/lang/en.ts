// English facts shared by several stages. Stage-specific tables live in the stage's own `lang/` folder.
import type { LanguageFacts } from './types.js';

export const en: LanguageFacts = {
  code: 'en',
  // Full names first; abbreviations as written in news copy (with or without the dot).
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};
