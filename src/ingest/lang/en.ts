// English web furniture seen around news articles. Data only: a new language is a new table.
import type { BoilerplateTable } from './types.js';

export const en: BoilerplateTable = {
  code: 'en',
  lines: [
    { id: 'connect-with-us', text: 'Connect with us' },
    { id: 'follow-us', text: 'Follow us' },
    { id: 'search-prompt', text: 'Hi, what are you looking for?' },
    { id: 'search-prompt', text: 'Search' },
    { id: 'share-this-article', text: 'Share this article:' },
    { id: 'share-this-article', text: 'Share this:' },
    { id: 'share', text: 'SHARE:' },
    { id: 'share', text: 'Share' },
    { id: 'share', text: 'Share on Facebook' },
    { id: 'share', text: 'Share on Twitter' },
    { id: 'advertisement', text: 'Advertisement' },
    { id: 'advertisement', text: 'Sponsored' },
    { id: 'skip-to-content', text: 'Skip to content' },
    { id: 'all-rights-reserved', text: 'All rights reserved' },
  ],
  notes: [
    { id: 'publisher-disclaimer', pattern: /publishes articles from a variety of outside sources/i },
    { id: 'publisher-disclaimer', pattern: /(?:positions|views|opinions) (?:taken|expressed)[^.]{0,80} (?:are )?not necessarily (?:those|the views) of/i },
    { id: 'consent-note', pattern: /we use your sign-up to provide content/i },
    { id: 'cookie-note', pattern: /\b(?:we|this (?:web)?site) uses? cookies\b/i },
    { id: 'newsletter', pattern: /\b(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletter\b/i },
    { id: 'copyright', pattern: /^(?:©|copyright ©?)\s*\d{4}/i },
  ],
  tailMarkers: [
    { id: 'you-may-also-like', text: 'You May Also Like' },
    { id: 'you-may-also-like', text: 'You might also like' },
    { id: 'related-articles', text: 'Related articles' },
    { id: 'related-articles', text: 'Related posts' },
    { id: 'related-articles', text: 'Related' },
    { id: 'read-more', text: 'Read more' },
    { id: 'read-more', text: 'More from this author' },
    { id: 'trending', text: 'Trending' },
    { id: 'most-read', text: 'Most read' },
    { id: 'most-read', text: 'Most popular' },
  ],
  breadcrumbRoots: ['Home', 'Homepage'],
  bylineFragments: ['Published', 'on', 'by', 'Posted', 'Updated'],
};
