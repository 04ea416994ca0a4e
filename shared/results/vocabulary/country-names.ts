/**
 * Country names in every shipped language → ISO 3166-1 alpha-2, with or
 * without accents ("Países Bajos", "paises bajos", "オランダ", "Niederlande").
 * English names and codes come from ../countries (the one English table);
 * the other languages from a table generated at build time from
 * i18n-iso-countries, plus the short forms reports use that the ISO list lacks.
 */
import type { Language } from '../../i18n/languages';
import { resolveCountry, splitCountryDriver, type CountrySplit } from '../countries';
import { foldKey } from '../normalize';
import { COUNTRY_NAMES_BY_LANGUAGE } from './country-names.data';

type OtherLanguage = Exclude<Language, 'en'>;

/** Everyday names the ISO list spells only formally ("Estados Unidos de América" → also "EE. UU."). */
const SHORT_FORMS: Record<OtherLanguage, Record<string, string>> = {
  es: {
    'EE. UU.': 'US',
    EEUU: 'US',
    USA: 'US',
    Holanda: 'NL',
    'Gran Bretaña': 'GB',
    Inglaterra: 'GB',
    'Corea del Sur': 'KR',
    Chequia: 'CZ',
  },
  fr: {
    'États-Unis': 'US',
    USA: 'US',
    Hollande: 'NL',
    'Grande-Bretagne': 'GB',
    Angleterre: 'GB',
    Tchéquie: 'CZ',
  },
  it: {
    'Stati Uniti': 'US',
    USA: 'US',
    Olanda: 'NL',
    'Gran Bretagna': 'GB',
    Inghilterra: 'GB',
    Cechia: 'CZ',
  },
  de: { Holland: 'NL', England: 'GB', Korea: 'KR' },
  ja: { アメリカ: 'US', 米国: 'US', 英国: 'GB', 韓国: 'KR', 中華民国: 'TW', ニュージーランド: 'NZ' },
  'pt-BR': {
    EUA: 'US',
    USA: 'US',
    Holanda: 'NL',
    'Grã-Bretanha': 'GB',
    Inglaterra: 'GB',
    'República Tcheca': 'CZ',
  },
};

// Japanese reports may print digits and letters full width; NFKC makes them plain before folding.
const foldName = (text: string): string => foldKey(text.normalize('NFKC'));

interface NameIndex {
  byName: Map<string, string>;
  /** Longest name in words, for the prefix split. */
  maxWords: number;
}

let built: NameIndex | null = null;

/** folded name → alpha-2 for all non-English shipped languages; built on first use. */
function nameIndex(): NameIndex {
  if (built) return built;
  const byName = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = foldName(name);
    // Where two countries share a name ("Congo"), the first listed keeps it rather than an arbitrary later one.
    if (key && !byName.has(key)) byName.set(key, code);
  };
  for (const encoded of Object.values(COUNTRY_NAMES_BY_LANGUAGE)) {
    for (const entry of encoded.split('|')) {
      const [code, names] = entry.split(':') as [string, string];
      for (const name of names.split(';')) {
        add(name, code);
        // "Corea, República de" → also "Corea".
        const comma = name.indexOf(',');
        if (comma > 0) add(name.slice(0, comma), code);
      }
    }
  }
  for (const forms of Object.values(SHORT_FORMS)) {
    for (const [name, code] of Object.entries(forms)) byName.set(foldName(name), code);
  }
  let maxWords = 1;
  for (const key of byName.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  built = { byName, maxWords };
  return built;
}

/**
 * Alpha-2 code of a country written in any shipped language (or as an ISO
 * code), accents optional; null when the text names no country.
 */
export function countryOfName(text: string): string | null {
  const english = resolveCountry(text);
  if (english) return english;
  if (text.length > 80) return null;
  return nameIndex().byName.get(foldName(text)) ?? null;
}

/**
 * Splits "Países Bajos Kaj de Bruin" into country and driver at the longest
 * leading run of words that names a country in any shipped language, leaving
 * at least one word for the driver. English names and upper-case ISO codes
 * are tried first (the common case costs nothing more); null when no prefix
 * names a country. (Scripts without spaces, like Japanese, are split where
 * the report puts a space between the country and the name.)
 */
export function splitCountryPrefix(text: string): CountrySplit | null {
  const english = splitCountryDriver(text);
  if (english) return english;
  const words = text.trim().split(/\s+/);
  if (words.length < 2) return null;
  const { byName, maxWords } = nameIndex();
  for (let n = Math.min(maxWords, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const code = byName.get(foldName(head));
    if (code) return { country: code, countryText: head, driver: words.slice(n).join(' ') };
  }
  return null;
}
