// Parallel English/German news sentences with numeric slots, for generated benchmark corpora.
// Each template gets the same values and renders them in each language's conventions.

export interface Slots {
  city: string;
  city2: string;
  person: string;
  org: string;
  country: string;
  n: number; // a count, 2..950
  small: number; // 2..12, written as a word
  pct: number; // 1..95
  dec: number; // one decimal, 1.1..9.9
  big: number; // 1,000..99,999
  year: number; // 1990..2035
  year2: number; // a later year
  month: number; // 1..12
  day: number; // 1..28
  hour: number; // 8..20
}

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const DE_WORDS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
export const enNum = (n: number) => (Number.isInteger(n) ? group(n, ',') : `${group(Math.trunc(n), ',')}.${String(n).split('.')[1]}`);
export const deNum = (n: number) => (Number.isInteger(n) ? group(n, '.') : `${group(Math.trunc(n), '.')},${String(n).split('.')[1]}`);

type Template = (s: Slots) => [string, string];

export const TEMPLATES: Template[] = [
  (s) => [
    `The company reported sales of ${enNum(s.dec)} billion euros for ${s.year}, up ${s.pct}% on the previous year.`,
    `Das Unternehmen meldete für ${s.year} einen Umsatz von ${deNum(s.dec)} Milliarden Euro, ${s.pct} % mehr als im Vorjahr.`,
  ],
  (s) => [
    `About ${enNum(s.big)} people attended the rally in ${s.city} on ${EN_MONTHS[s.month - 1]} ${s.day}.`,
    `Rund ${deNum(s.big)} Menschen nahmen am ${s.day}. ${DE_MONTHS[s.month - 1]} an der Kundgebung in ${s.city} teil.`,
  ],
  (s) => [
    `${s.person} said the ${s.org} would hire ${s.n} new staff by ${s.year2}.`,
    `${s.person} sagte, die ${s.org} werde bis ${s.year2} ${s.n} neue Mitarbeiter einstellen.`,
  ],
  (s) => [
    `Unemployment in ${s.country} fell to ${enNum(s.dec)}% in ${EN_MONTHS[s.month - 1]}.`,
    `Die Arbeitslosigkeit in ${s.country} sank im ${DE_MONTHS[s.month - 1]} auf ${deNum(s.dec)} Prozent.`,
  ],
  (s) => [
    `The talks in ${s.city} lasted ${EN_WORDS[s.small]} days.`,
    `Die Gespräche in ${s.city} dauerten ${DE_WORDS[s.small]} Tage.`,
  ],
  (s) => [
    `The new bridge over the river is ${enNum(s.big)} metres long and cost ${s.n} million dollars.`,
    `Die neue Brücke über den Fluss ist ${deNum(s.big)} Meter lang und kostete ${s.n} Millionen Dollar.`,
  ],
  (s) => [
    `The meeting will start at ${s.hour > 12 ? s.hour - 12 : s.hour} ${s.hour >= 12 ? 'p.m.' : 'a.m.'} local time.`,
    `Das Treffen beginnt um ${s.hour} Uhr Ortszeit.`,
  ],
  (s) => [
    `Since ${s.year}, the number of visitors to ${s.city} has doubled.`,
    `Seit ${s.year} hat sich die Zahl der Besucher in ${s.city} verdoppelt.`,
  ],
  (s) => [
    `It was the ${s.n}th edition of the festival, which was first held in ${s.year}.`,
    `Es war die ${s.n}. Ausgabe des Festivals, das ${s.year} zum ersten Mal stattfand.`,
  ],
  (s) => [
    `Police said ${EN_WORDS[s.small]} people were injured and ${s.n} were evacuated.`,
    `Nach Angaben der Polizei wurden ${DE_WORDS[s.small]} Menschen verletzt und ${s.n} evakuiert.`,
  ],
  (s) => [
    `The ${s.org} expects growth of between ${s.pct} and ${s.pct + 3} percent next year.`,
    `Die ${s.org} erwartet im nächsten Jahr ein Wachstum zwischen ${s.pct} und ${s.pct + 3} Prozent.`,
  ],
  (s) => [
    `${s.person}, who has led the ${s.org} since ${s.year}, did not comment.`,
    `${s.person}, der die ${s.org} seit ${s.year} leitet, äußerte sich nicht.`,
  ],
  (s) => [
    `Trains between ${s.city} and ${s.city2} will run every ${s.n % 50 + 10} minutes from ${EN_MONTHS[s.month - 1]}.`,
    `Die Züge zwischen ${s.city} und ${s.city2} fahren ab ${DE_MONTHS[s.month - 1]} alle ${s.n % 50 + 10} Minuten.`,
  ],
  (s) => [
    `The government plans to cut emissions by ${s.pct}% by ${s.year2}.`,
    `Die Regierung will die Emissionen bis ${s.year2} um ${s.pct} % senken.`,
  ],
  (s) => [
    `Half of the ${enNum(s.big)} members voted in favour.`,
    `Die Hälfte der ${deNum(s.big)} Mitglieder stimmte dafür.`,
  ],
  (s) => [
    `Officials in ${s.city} declined to give further details.`,
    `Die Behörden in ${s.city} wollten keine weiteren Einzelheiten nennen.`,
  ],
  (s) => [
    `The decision is expected to be announced later this week.`,
    `Die Entscheidung soll im Laufe der Woche bekannt gegeben werden.`,
  ],
  (s) => [
    `${s.person} told reporters that the ${s.org} remained committed to the agreement.`,
    `${s.person} sagte vor Journalisten, die ${s.org} stehe weiterhin zu der Vereinbarung.`,
  ],
  (s) => [
    `Prices rose by ${enNum(s.dec)} percent in the ${s.small % 4 === 0 ? 'first' : 'second'} quarter.`,
    `Die Preise stiegen im ${s.small % 4 === 0 ? 'ersten' : 'zweiten'} Quartal um ${deNum(s.dec)} Prozent.`,
  ],
  (s) => [
    `Critics in ${s.country} say the reform goes too far.`,
    `Kritiker in ${s.country} sagen, die Reform gehe zu weit.`,
  ],
  (s) => [
    `Residents of ${s.city} had long complained about the noise, and local councillors said they would raise the matter with the regional government again before the summer break.`,
    `Anwohner in ${s.city} hatten sich lange über den Lärm beschwert, und Kommunalpolitiker kündigten an, das Thema vor der Sommerpause erneut bei der Landesregierung anzusprechen.`,
  ],
  (s) => [
    `${s.person} described the negotiations as difficult but constructive and said both sides had shown a willingness to compromise on the most contentious issues.`,
    `${s.person} bezeichnete die Verhandlungen als schwierig, aber konstruktiv, und sagte, beide Seiten hätten bei den umstrittensten Fragen Kompromissbereitschaft gezeigt.`,
  ],
  (s) => [
    `Opposition parties accused the government of acting too slowly, while business groups warned that higher costs would ultimately be passed on to consumers.`,
    `Oppositionsparteien warfen der Regierung vor, zu langsam zu handeln, während Wirtschaftsverbände warnten, höhere Kosten würden letztlich an die Verbraucher weitergegeben.`,
  ],
  (s) => [
    `According to a survey published on Monday, ${s.pct} percent of respondents in ${s.country} said they were worried about rising living costs, compared with ${Math.max(1, s.pct - 7)} percent a year earlier.`,
    `Laut einer am Montag veröffentlichten Umfrage gaben ${s.pct} Prozent der Befragten in ${s.country} an, sich Sorgen über steigende Lebenshaltungskosten zu machen, verglichen mit ${Math.max(1, s.pct - 7)} Prozent ein Jahr zuvor.`,
  ],
  (s) => [
    `The project, which is being financed jointly by the ${s.org} and the city of ${s.city}, is expected to cost around ${enNum(s.dec)} billion euros and to be completed in ${s.year2}.`,
    `Das Projekt, das gemeinsam von der ${s.org} und der Stadt ${s.city} finanziert wird, soll rund ${deNum(s.dec)} Milliarden Euro kosten und ${s.year2} fertiggestellt werden.`,
  ],
  (s) => [
    `Environmental groups welcomed the announcement but said much more needed to be done to protect the region's rivers and forests from further damage.`,
    `Umweltverbände begrüßten die Ankündigung, erklärten aber, es müsse noch viel mehr getan werden, um die Flüsse und Wälder der Region vor weiteren Schäden zu schützen.`,
  ],
];

export const CITIES = ['Hamburg', 'Berlin', 'Vienna', 'Zurich', 'Munich', 'Cologne', 'Leipzig', 'Dresden', 'Bremen', 'Hanover', 'Stuttgart', 'Bonn', 'Kiel', 'Mainz', 'Graz', 'Basel', 'Lyon', 'Madrid', 'Oslo', 'Riga', 'Tallinn', 'Vilnius', 'Warsaw', 'Prague', 'Brno', 'Lisbon', 'Porto', 'Turin', 'Genoa', 'Naples'];
export const SURNAMES = ['Schmidt', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Kaiser', 'Fuchs', 'Peters', 'Scholz', 'Jung', 'Möller', 'Keller', 'Vogel', 'Roth', 'Beck', 'Lorenz', 'Baumann'];
export const GIVEN = ['Anna', 'Peter', 'Julia', 'Thomas', 'Sabine', 'Michael', 'Katrin', 'Stefan', 'Laura', 'Jonas', 'Miriam', 'Felix', 'Lena', 'Tobias', 'Nina'];
export const ORGS = ['Bundesbank', 'Telekom', 'Lufthansa', 'Allianz', 'Siemens', 'Caritas', 'Bahn', 'Commerzbank', 'Helaba', 'Fraport'];
export const COUNTRIES = ['Austria', 'Poland', 'Portugal', 'Norway', 'Latvia', 'Estonia', 'Croatia', 'Slovenia', 'Ireland', 'Finland'];
