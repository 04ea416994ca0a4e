import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SEASONS } from '../../../../shared/seasons';
import { LANGUAGES, type Language } from '../../../../shared/i18n/languages';
import { countryOfName, splitCountryPrefix } from '../../../../shared/results/vocabulary';
import { COUNTRY_NAMES_BY_LANGUAGE } from '../../../../shared/results/vocabulary/country-names.data';

const require = createRequire(import.meta.url);

// The countries of the embedded seasons' drivers, as each language writes them.
const FINALIST_COUNTRIES: Record<Language, Record<string, string>> = {
  en: {
    AU: 'Australia',
    BR: 'Brazil',
    CA: 'Canada',
    CL: 'Chile',
    FR: 'France',
    IT: 'Italy',
    JP: 'Japan',
    NL: 'Netherlands',
    ES: 'Spain',
    US: 'USA',
  },
  es: {
    AU: 'Australia',
    BR: 'Brasil',
    CA: 'Canadá',
    CL: 'Chile',
    FR: 'Francia',
    IT: 'Italia',
    JP: 'Japón',
    NL: 'Países Bajos',
    ES: 'España',
    US: 'EE. UU.',
  },
  fr: {
    AU: 'Australie',
    BR: 'Brésil',
    CA: 'Canada',
    CL: 'Chili',
    FR: 'France',
    IT: 'Italie',
    JP: 'Japon',
    NL: 'Pays-Bas',
    ES: 'Espagne',
    US: 'États-Unis',
  },
  it: {
    AU: 'Australia',
    BR: 'Brasile',
    CA: 'Canada',
    CL: 'Cile',
    FR: 'Francia',
    IT: 'Italia',
    JP: 'Giappone',
    NL: 'Paesi Bassi',
    ES: 'Spagna',
    US: 'Stati Uniti',
  },
  de: {
    AU: 'Australien',
    BR: 'Brasilien',
    CA: 'Kanada',
    CL: 'Chile',
    FR: 'Frankreich',
    IT: 'Italien',
    JP: 'Japan',
    NL: 'Niederlande',
    ES: 'Spanien',
    US: 'USA',
  },
  ja: {
    AU: 'オーストラリア',
    BR: 'ブラジル',
    CA: 'カナダ',
    CL: 'チリ',
    FR: 'フランス',
    IT: 'イタリア',
    JP: '日本',
    NL: 'オランダ',
    ES: 'スペイン',
    US: 'アメリカ',
  },
  'pt-BR': {
    AU: 'Austrália',
    BR: 'Brasil',
    CA: 'Canadá',
    CL: 'Chile',
    FR: 'França',
    IT: 'Itália',
    JP: 'Japão',
    NL: 'Países Baixos',
    ES: 'Espanha',
    US: 'EUA',
  },
};

/** Every country of the embedded seasons' drivers. */
function seasonCountries(): string[] {
  return (
    [...new Set(BUILT_IN_SEASONS.flatMap((season) => season.drivers.map((driver) => driver.country)))]
      // An empty country is "not known" (Manufacturers Cup drivers no source gives a nation for).
      .filter((country) => country !== '')
      .sort()
  );
}

describe('country names in every shipped language', () => {
  it('the cases below cover every country of the embedded seasons', () => {
    for (const language of LANGUAGES) {
      expect([language, Object.keys(FINALIST_COUNTRIES[language]).sort()]).toEqual([
        language,
        seasonCountries(),
      ]);
    }
  });

  it.each(LANGUAGES)('%s: names with and without accents give the code', (language) => {
    for (const [code, name] of Object.entries(FINALIST_COUNTRIES[language])) {
      expect([name, countryOfName(name)]).toEqual([name, code]);
      const bare = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      expect([bare, countryOfName(bare.toLowerCase())]).toEqual([bare, code]);
    }
  });

  it('splits a leading country in any language from the driver', () => {
    expect(splitCountryPrefix('Países Bajos Kaj de Bruin')).toEqual({
      country: 'NL',
      countryText: 'Países Bajos',
      driver: 'Kaj de Bruin',
    });
    expect(splitCountryPrefix('Espagne Jose Serrano')?.country).toBe('ES');
    expect(splitCountryPrefix('Vereinigte Staaten Robert Heck')?.driver).toBe('Robert Heck');
    expect(splitCountryPrefix('de Bruin')).toBeNull();
    expect(splitCountryPrefix('Kaj de Bruin')).toBeNull();
  });

  it('is the generated copy of the installed i18n-iso-countries names', () => {
    const packageLocale: Record<Exclude<Language, 'en'>, string> = {
      es: 'es',
      fr: 'fr',
      it: 'it',
      de: 'de',
      ja: 'ja',
      'pt-BR': 'pt',
    };
    const english = (
      require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }
    ).countries;
    const list = (names: string | string[] | undefined) => (names === undefined ? [] : [names].flat());
    for (const [language, locale] of Object.entries(packageLocale) as [Exclude<Language, 'en'>, string][]) {
      const { countries } = require(`i18n-iso-countries/langs/${locale}.json`) as {
        countries: Record<string, string | string[]>;
      };
      const stored = new Map(
        COUNTRY_NAMES_BY_LANGUAGE[language].split('|').map((entry) => {
          const [code, names] = entry.split(':') as [string, string];
          return [code, names.split(';')];
        }),
      );
      for (const [code, names] of Object.entries(countries)) {
        const same = new Set(list(english[code]).map((n) => n.toLowerCase()));
        const expected = [...new Set(list(names).map((n) => n.trim()))].filter(
          (n) => !same.has(n.toLowerCase()),
        );
        expect([language, code, stored.get(code) ?? []]).toEqual([language, code, expected]);
      }
    }
  });
});
