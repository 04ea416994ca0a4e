/**
 * Country names → ISO 3166-1 alpha-2, and splitting "New Zealand Kaj de Bruin"
 * into country and driver by the longest country-name prefix.
 *
 * Names come from i18n-iso-countries with only the English locale registered
 * (the renderer bundles this module too, so no other locale is pulled in),
 * plus the variants race reports and spreadsheets use.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { foldKey } from './normalize';

// Spellings the ISO list lacks but reports and spreadsheets use.
const VARIANTS: Record<string, string> = {
  usa: 'US',
  'u s a': 'US',
  us: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  korea: 'KR',
  'south korea': 'KR',
  holland: 'NL',
  'chinese taipei': 'TW',
  turkey: 'TR',
  turkiye: 'TR',
  czechia: 'CZ',
  russia: 'RU',
  vietnam: 'VN',
  macau: 'MO',
  'hong kong sar': 'HK',
  uae: 'AE',
  emirates: 'AE',
};

let nameIndex: Map<string, string> | null = null;
let maxWords = 1;

/** folded country name → alpha-2; built on first use. */
function index(): Map<string, string> {
  if (nameIndex) return nameIndex;
  const map = new Map<string, string>();
  // The English names straight from the locale file: getNames('en', { select: 'all' })
  // gives the same lists, after registering the locale and filtering it (a first parse
  // paid for that).
  for (const [code, listed] of Object.entries(en.countries)) {
    const names: readonly string[] = typeof listed === 'string' ? [listed] : listed;
    for (const name of names) {
      const key = foldKey(name);
      // Several codes share "Congo"; the first (Republic) wins rather than an arbitrary later one.
      if (key && !map.has(key)) map.set(key, code);
      // "Korea, Republic of" → also "Republic of Korea" is listed; "Moldova, Republic of" → "Moldova".
      const comma = name.indexOf(',');
      if (comma > 0) {
        const short = foldKey(name.slice(0, comma));
        if (short && !map.has(short)) map.set(short, code);
      }
    }
  }
  for (const [key, code] of Object.entries(VARIANTS)) map.set(key, code);
  for (const key of map.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  nameIndex = map;
  return map;
}

/**
 * Resolves a whole country cell: an English name or variant ("USA"), or an
 * ISO code (`ES`, `ESP`). Returns the alpha-2 code or null.
 */
export function resolveCountry(text: string): string | null {
  // Files repeat the same dozen countries; CSVs can have 100,000 rows.
  const cached = resolved.get(text);
  if (cached !== undefined) return cached;
  const code = resolveUncached(text);
  if (resolved.size < 10_000) resolved.set(text, code);
  return code;
}

const resolved = new Map<string, string | null>();

function resolveUncached(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const byName = index().get(foldKey(trimmed));
  if (byName) return byName;
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return countries.isValid(code) ? code : null;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) return countries.alpha3ToAlpha2(trimmed.toUpperCase()) ?? null;
  return null;
}

/** "Spain Jose Serrano" → country ES, text "Spain", driver "Jose Serrano". */
export interface CountrySplit {
  country: string;
  countryText: string;
  driver: string;
}

/**
 * Splits "Country Driver" at the longest leading run of words that names a
 * country, leaving at least one word for the driver. Upper-case ISO codes
 * (`ESP Jose Serrano`) are accepted too; lower-case two-letter words are not,
 * since they are as likely part of a name.
 */
export function splitCountryDriver(text: string): CountrySplit | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 2) return null;
  const map = index();
  const limit = Math.min(maxWords, words.length - 1);
  for (let n = limit; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const code = map.get(foldKey(head));
    if (code) return { country: code, countryText: head, driver: words.slice(n).join(' ') };
  }
  const first = words[0]!;
  if (/^[A-Z]{2,3}$/.test(first)) {
    const code = resolveCountry(first);
    if (code) return { country: code, countryText: first, driver: words.slice(1).join(' ') };
  }
  return null;
}

/** English display name of an alpha-2 code ("ES" → "Spain"), for messages. */
export function countryName(code: string): string {
  if (!localeRegistered) {
    countries.registerLocale(en);
    localeRegistered = true;
  }
  return countries.getName(code, 'en') ?? code;
}

let localeRegistered = false;
