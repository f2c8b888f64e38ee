// German web furniture seen around news articles. Data only: a new language is a new table.
import type { BoilerplateTable } from './types.js';

export const de: BoilerplateTable = {
  code: 'de',
  lines: [
    { id: 'connect-with-us', text: 'Vernetzen Sie sich mit uns' },
    { id: 'follow-us', text: 'Folgen Sie uns' },
    { id: 'search-prompt', text: 'Hallo, wonach suchen Sie?' },
    { id: 'search-prompt', text: 'Suche' },
    { id: 'share-this-article', text: 'Teile diesen Artikel:' },
    { id: 'share-this-article', text: 'Teilen Sie diesen Artikel:' },
    { id: 'share-this-article', text: 'Artikel teilen' },
    { id: 'share', text: 'Teilen' },
    { id: 'advertisement', text: 'Anzeige' },
    { id: 'advertisement', text: 'Werbung' },
    { id: 'skip-to-content', text: 'Zum Inhalt springen' },
    { id: 'all-rights-reserved', text: 'Alle Rechte vorbehalten' },
  ],
  notes: [
    { id: 'publisher-disclaimer', pattern: /veröffentlicht Artikel aus einer Vielzahl externer Quellen/i },
    { id: 'publisher-disclaimer', pattern: /(?:Positionen|Meinungen|Ansichten)[^.]{0,80} nicht (?:unbedingt|notwendigerweise) die (?:von|der|des)/i },
    { id: 'consent-note', pattern: /Wir verwenden Ihre Anmeldung, um Inhalte/i },
    { id: 'cookie-note', pattern: /\b(?:wir verwenden|diese (?:web)?seite verwendet) cookies\b/i },
    { id: 'newsletter', pattern: /\bnewsletter (?:abonnieren|bestellen)\b|\bzum newsletter anmelden\b/i },
  ],
  tailMarkers: [
    { id: 'you-may-also-like', text: 'Das könnte Sie auch interessieren' },
    { id: 'you-may-also-like', text: 'Das könnte Ihnen auch gefallen' },
    { id: 'read-more', text: 'Lesen Sie auch' },
    { id: 'read-more', text: 'Mehr zum Thema' },
    { id: 'related-articles', text: 'Ähnliche Artikel' },
    { id: 'related-articles', text: 'Verwandte Artikel' },
    { id: 'trending', text: 'Im Trend' },
    { id: 'most-read', text: 'Meistgelesen' },
  ],
  breadcrumbRoots: ['Startseite'],
  bylineFragments: ['Veröffentlicht', 'am', 'von', 'Aktualisiert'],
};
