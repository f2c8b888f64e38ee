import type { DetectTable } from './types.js';

// Closed-class words only (no nouns or verbs of the news), leaving out words frequent in other
// Latin-script languages ("de", "en", "i").
export const de: DetectTable = {
  script: 'Latn',
  functionWords: [
    'der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist',
    'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass',
    'daß', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'am', 'sind', 'noch', 'wie', 'einem', 'über',
    'einen', 'so', 'zum', 'war', 'haben', 'nur', 'oder', 'aber', 'vor', 'zur', 'bis', 'mehr', 'durch',
    'man', 'sein', 'wurde', 'sei', 'ihre', 'ihr', 'ihrer', 'ihren', 'seine', 'seiner', 'seinen',
    'seinem', 'hatte', 'kann', 'gegen', 'vom', 'können', 'schon', 'wenn', 'habe', 'seit', 'unter',
    'sowie', 'wir', 'ich', 'soll', 'diese', 'dieser', 'dieses', 'diesen', 'diesem', 'worden', 'also',
    'sehr', 'was', 'dann', 'zwischen', 'immer', 'wieder', 'denn', 'jetzt', 'bereits', 'alle', 'ob',
    'doch', 'wo', 'weil', 'ohne', 'selbst', 'müssen', 'keine', 'kein', 'uns', 'hier', 'nun', 'viele',
    'etwa', 'sondern', 'damit', 'während', 'dabei', 'ins', 'beim', 'sagte', 'waren', 'gibt', 'würde',
    'könnte', 'jedoch', 'dies', 'unsere', 'unser', 'etwas', 'nichts', 'anderen', 'neue', 'neuen',
    'heute', 'zwei', 'drei', 'prozent', 'millionen', 'milliarden', 'jahr', 'jahren', 'herr', 'laut',
  ],
};
