import type * as Countries from 'i18n-iso-countries';
import type { LocaleData } from 'i18n-iso-countries';
import type { Language } from '../../../shared/i18n/languages';

type CountriesModule = typeof Countries;

/**
 * Country-name locales of the shipped languages only (the package has 78):
 * each becomes its own chunk, loaded with the language's catalogues.
 */
const LOCALE_LOADERS: Record<Language, () => Promise<{ default: LocaleData }>> = {
  en: () => import('i18n-iso-countries/langs/en.json'),
  es: () => import('i18n-iso-countries/langs/es.json'),
  fr: () => import('i18n-iso-countries/langs/fr.json'),
  it: () => import('i18n-iso-countries/langs/it.json'),
  de: () => import('i18n-iso-countries/langs/de.json'),
  ja: () => import('i18n-iso-countries/langs/ja.json'),
  'pt-BR': () => import('i18n-iso-countries/langs/pt.json'),
};

/** The package names Brazilian Portuguese `pt`. */
function packageLocale(language: Language): string {
  return language === 'pt-BR' ? 'pt' : language;
}

let countries: CountriesModule | null = null;
const registered = new Set<Language>();

/** Loads and registers the country names of `language` (and English, the fallback). */
export async function loadCountryNames(language: Language): Promise<void> {
  const wanted = language === 'en' ? (['en'] as const) : (['en', language] as const);
  const missing = wanted.filter((code) => !registered.has(code));
  if (missing.length === 0) return;
  const [module, ...locales] = await Promise.all([
    countries ? Promise.resolve(countries) : import('i18n-iso-countries').then((m) => m.default),
    ...missing.map((code) => LOCALE_LOADERS[code]()),
  ]);
  countries = module;
  locales.forEach((locale, index) => {
    module.registerLocale(locale.default);
    registered.add(missing[index]!);
  });
}

// Until the package has loaded (the first moments of a start-up), the browser's own names stand in.
const displayNames = new Map<string, Intl.DisplayNames | null>();
function browserName(code: string, language: Language): string | null {
  if (!displayNames.has(language)) {
    displayNames.set(
      language,
      typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([language], { type: 'region' }) : null,
    );
  }
  try {
    return displayNames.get(language)?.of(code) ?? null;
  } catch {
    return null;
  }
}

/** "ES" → "Spain" / "España" / "スペイン"; the code itself when it names no country. */
export function countryNameIn(code: string, language: Language): string {
  const upper = code.toUpperCase();
  if (countries) {
    for (const source of [language, 'en'] as const) {
      if (!registered.has(source)) continue;
      const name = countries.getName(upper, packageLocale(source));
      if (name) return name;
    }
    return upper;
  }
  return browserName(upper, language) ?? upper;
}
