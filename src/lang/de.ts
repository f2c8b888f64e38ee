// German facts shared by several stages. Stage-specific tables live in the stage's own `lang/` folder.
import type { LanguageFacts } from './types.js';

export const de: LanguageFacts = {
  code: 'de',
  months: [
    ['januar', 'jan', 'jänner'],
    ['februar', 'feb'],
    ['märz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend'],
};
