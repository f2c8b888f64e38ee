import type { DetectTable } from './types.js';

// Closed-class words only (no nouns or verbs of the news), leaving out single letters and words
// frequent in other Latin-script languages ("a", "i", "no", "de", "en").
export const en: DetectTable = {
  script: 'Latn',
  functionWords: [
    'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'as', 'he', 'be',
    'at', 'by', 'this', 'had', 'not', 'are', 'but', 'from', 'or', 'have', 'an', 'they', 'which', 'you',
    'were', 'her', 'his', 'she', 'there', 'would', 'their', 'we', 'him', 'been', 'has', 'when', 'who',
    'will', 'more', 'if', 'out', 'so', 'said', 'what', 'up', 'its', 'about', 'into', 'than', 'them',
    'can', 'only', 'other', 'some', 'could', 'these', 'two', 'may', 'then', 'do', 'first', 'any', 'my',
    'now', 'such', 'our', 'over', 'me', 'even', 'most', 'after', 'also', 'did', 'many', 'before', 'must',
    'through', 'where', 'much', 'your', 'should', 'because', 'each', 'just', 'those', 'how', 'too',
    'very', 'still', 'here', 'between', 'both', 'being', 'under', 'while', 'last', 'might', 'us',
    'since', 'against', 'during', 'without', 'again', 'however', 'does', 'until', 'whether', 'though',
    'why', 'all', 'one', 'new', 'says', 'according', 'per', 'percent',
    'three', 'four', 'year', 'years', 'people', 'mr', 'yet', 'within', 'among',
  ],
};
