/**
 * The languages Podium League ships, as BCP 47 tags. The renderer's catalogues
 * and the result-file vocabulary tables are both keyed by these codes, so a
 * language is added in one list and the tests then ask for every piece it needs.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'ja', 'pt-BR'] as const;

export type Language = (typeof LANGUAGES)[number];

/** English is the source language: every other catalogue is checked against it. */
export const SOURCE_LANGUAGE: Language = 'en';

/** Each language's name in itself, for the language menu (never translated). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  de: 'Deutsch',
  ja: '日本語',
  'pt-BR': 'Português (Brasil)',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The shipped language that best serves a list of preferred tags (as in
 * `navigator.languages`): an exact tag first ("pt-BR"), then the same base
 * language ("es-MX" → es, "pt-PT" → pt-BR, "de-CH" → de). Null when none fits.
 */
export function matchLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const exact = LANGUAGES.find((code) => code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.split(/[-_]/)[0]?.toLowerCase();
    const sameBase = LANGUAGES.find((code) => code.split('-')[0] === base);
    if (sameBase) return sameBase;
  }
  return null;
}
