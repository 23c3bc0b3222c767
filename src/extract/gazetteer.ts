/**
 * Names crosscheck resolves to one canonical id. Countries carry their common short forms and
 * demonyms, so "U.S.", "US", "America" and "American" are all `country:us`.
 * Keys are lower-case with dots removed.
 */
const COUNTRY_FORMS: Record<string, string[]> = {
  us: ['us', 'usa', 'united states', 'united states of america', 'america', 'american', 'americans'],
  'south-korea': ['south korea', 'south korean', 'south koreans', 'rok', 'republic of korea'],
  'north-korea': ['north korea', 'north korean', 'north koreans', 'dprk', "democratic people's republic of korea"],
  japan: ['japan', 'japanese'],
  china: ['china', 'chinese', "people's republic of china", 'prc'],
  russia: ['russia', 'russian', 'russians', 'russian federation'],
  ukraine: ['ukraine', 'ukrainian', 'ukrainians'],
  uk: ['uk', 'united kingdom', 'britain', 'great britain', 'british'],
  france: ['france', 'french'],
  germany: ['germany', 'german', 'germans'],
  italy: ['italy', 'italian'],
  spain: ['spain', 'spanish'],
  canada: ['canada', 'canadian'],
  mexico: ['mexico', 'mexican'],
  brazil: ['brazil', 'brazilian'],
  argentina: ['argentina', 'argentine', 'argentinian'],
  australia: ['australia', 'australian'],
  'new-zealand': ['new zealand'],
  india: ['india', 'indian'],
  pakistan: ['pakistan', 'pakistani'],
  afghanistan: ['afghanistan', 'afghan'],
  iran: ['iran', 'iranian'],
  iraq: ['iraq', 'iraqi'],
  syria: ['syria', 'syrian'],
  israel: ['israel', 'israeli', 'israelis'],
  palestine: ['palestine', 'palestinian', 'palestinians'],
  lebanon: ['lebanon', 'lebanese'],
  jordan: ['jordan', 'jordanian'],
  egypt: ['egypt', 'egyptian'],
  'saudi-arabia': ['saudi arabia', 'saudi'],
  turkey: ['turkey', 'turkish', 'türkiye'],
  qatar: ['qatar', 'qatari'],
  yemen: ['yemen', 'yemeni'],
  taiwan: ['taiwan', 'taiwanese'],
  philippines: ['philippines', 'filipino', 'philippine'],
  vietnam: ['vietnam', 'vietnamese'],
  thailand: ['thailand', 'thai'],
  malaysia: ['malaysia', 'malaysian'],
  indonesia: ['indonesia', 'indonesian'],
  singapore: ['singapore', 'singaporean'],
  mongolia: ['mongolia', 'mongolian'],
  poland: ['poland', 'polish'],
  netherlands: ['netherlands', 'dutch', 'holland'],
  belgium: ['belgium', 'belgian'],
  sweden: ['sweden', 'swedish'],
  norway: ['norway', 'norwegian'],
  finland: ['finland', 'finnish'],
  denmark: ['denmark', 'danish'],
  switzerland: ['switzerland', 'swiss'],
  austria: ['austria', 'austrian'],
  greece: ['greece', 'greek'],
  portugal: ['portugal', 'portuguese'],
  ireland: ['ireland', 'irish'],
  hungary: ['hungary', 'hungarian'],
  romania: ['romania', 'romanian'],
  belarus: ['belarus', 'belarusian'],
  georgia: ['georgian'],
  'south-africa': ['south africa', 'south african'],
  nigeria: ['nigeria', 'nigerian'],
  kenya: ['kenya', 'kenyan'],
  ethiopia: ['ethiopia', 'ethiopian'],
  sudan: ['sudan', 'sudanese'],
  libya: ['libya', 'libyan'],
  venezuela: ['venezuela', 'venezuelan'],
  colombia: ['colombia', 'colombian'],
  chile: ['chile', 'chilean'],
  peru: ['peru', 'peruvian'],
  cuba: ['cuba', 'cuban'],
};

/** Multi-word and single places that are not countries; the value is the canonical key. */
const PLACE_FORMS: Record<string, string[]> = {
  'korean-peninsula': ['korean peninsula', 'the peninsula', 'peninsula'],
  'indo-pacific': ['indo-pacific'],
  'asia-pacific': ['asia-pacific'],
  'east-asia': ['east asia'],
  'jeju-island': ['jeju', 'jeju island'],
  kursk: ['kursk'],
  seoul: ['seoul'],
  pyongyang: ['pyongyang'],
  tokyo: ['tokyo'],
  beijing: ['beijing'],
  moscow: ['moscow'],
  washington: ['washington'],
  'kuala-lumpur': ['kuala lumpur'],
  'new-york': ['new york'],
  london: ['london'],
  paris: ['paris'],
  kyiv: ['kyiv', 'kiev'],
  'camp-david': ['camp david'],
  europe: ['europe'],
  pacific: ['pacific'],
};

function invert(forms: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, names] of Object.entries(forms)) for (const name of names) map.set(name, key);
  return map;
}

const COUNTRIES = invert(COUNTRY_FORMS);
const PLACES = invert(PLACE_FORMS);

/** Lower-case, dots and possessive endings removed, white space collapsed. */
export function gazetteerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/\./g, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function countryKey(name: string): string | undefined {
  return COUNTRIES.get(gazetteerKey(name));
}

export function placeKey(name: string): string | undefined {
  return PLACES.get(gazetteerKey(name).replace(/^the /, ''));
}

/** Words that, as the head of a proper-name run, make it an organisation. */
export const ORGANIZATION_HEADS = new Set(
  'ministry agency command council university staff news corporation company inc ltd party army navy force forces department office committee commission bank association institute court nations union kremlin pentagon assembly parliament congress senate guard service services times post journal tass kcna yonhap reuters ria bureau administration government group fund organization organisation alliance media network summit'.split(' '),
);

/** Titles that announce a person's name. Lower-case, without dots. */
export const PERSON_TITLES = new Set(
  'general gen lt col colonel major maj captain capt admiral adm sergeant president vice prime minister secretary chairman chairwoman chair dr mr mrs ms prof professor senator sen representative rep governor gov leader spokesman spokeswoman spokesperson counterpart ambassador envoy judge king queen prince princess pope chief director ceo founder attorney officer commander analyst expert'.split(' '),
);

/** Prefixes of aircraft, missile and vehicle designations ("B-52H", "KF-16", "Su-35", "Hwasong-19"). */
export const EQUIPMENT = /\b(?:B|F|FA|F\/A|KF|A|AV|C|E|EA|KC|MQ|RQ|P|AH|UH|CH|MH|V|T|Su|MiG|Tu|Il|Yak|J|H|KN|DF|SS|SM|Kh|Hwasong|Pukguksong|Haeseong|Chollima)-\d{1,3}[A-Z]{0,2}(?=s?\b)/g;

const ABBREVIATIONS = new Set(['us', 'usa', 'uk', 'rok', 'dprk', 'prc']);

function formPattern(form: string): string {
  if (ABBREVIATIONS.has(form)) return form.toUpperCase().split('').map((letter) => `${letter}\\.?`).join('');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  return form
    .split(' ')
    .map((word, index) => {
      if (word === 'of' || word === 'the') return word;
      // The first letter must be a capital; later words may be written either way ("Korean peninsula").
      return word
        .split('-')
        .map((part, partIndex) => {
          const first = part[0]!;
          const head = index === 0 && partIndex === 0 ? first.toUpperCase() : `[${first.toUpperCase()}${first}]`;
          return head + escape(part.slice(1));
        })
        .join('-');
    })
    .join('\\s+');
}

function buildPattern(maps: Map<string, string>[]): RegExp {
  const forms = maps.flatMap((map) => [...map.keys()]).filter((form) => !form.includes('peninsula') || form === 'korean peninsula');
  forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(formPattern).join('|')})(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'gu');
}

/** Finds country and place names in running text; capitalised forms only. */
export const GAZETTEER_PATTERN = buildPattern([COUNTRIES, PLACES]);
