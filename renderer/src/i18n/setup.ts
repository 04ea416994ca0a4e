import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  LANGUAGES,
  SOURCE_LANGUAGE,
  isLanguage,
  matchLanguage,
  type Language,
} from '../../../shared/i18n/languages';
import { bundledResources, catalogueBackend, loadCatalogue } from './catalogues';
import { loadCountryNames } from './countries';
import { STARTUP_NAMESPACES } from './namespaces';
import './languages.css';

/** The app's one i18next instance (react-i18next binds to it in `initI18n`). */
export const i18n: I18n = i18next.createInstance();

/**
 * The language choice is a preference of this device, not league data: it is
 * kept in localStorage (readable before the database opens, so even the
 * "database could not open" page is in the user's language) and not in backups.
 */
const STORAGE_KEY = 'podium.language';

/** What the user chose in Settings; null means "follow the system". */
export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function storeLanguage(language: Language | null): void {
  try {
    if (language === null) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (private window, quota): the choice lasts for this session only.
  }
}

/** The shipped language closest to the OS/browser preferences; English when none is shipped. */
export function systemLanguage(): Language {
  const nav = globalThis.navigator;
  const preferred = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  return matchLanguage(preferred) ?? SOURCE_LANGUAGE;
}

/** The language the app is showing now. */
export function activeLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : SOURCE_LANGUAGE;
}

function syncDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

let ready: Promise<I18n> | null = null;

/**
 * Starts i18next in the remembered language, else the system's. Resolves once
 * the start-up catalogues and country names of that language are loaded, so
 * the first paint is already translated. Safe to call more than once.
 */
export function initI18n(): Promise<I18n> {
  ready ??= (async () => {
    const language = storedLanguage() ?? systemLanguage();
    i18n.use(catalogueBackend).use(initReactI18next);
    i18n.on('languageChanged', syncDocumentLanguage);
    await Promise.all([
      i18n.init({
        lng: language,
        fallbackLng: SOURCE_LANGUAGE,
        supportedLngs: [...LANGUAGES],
        // Never ask the backend for "pt" when the language is "pt-BR".
        load: 'currentOnly',
        ns: [...STARTUP_NAMESPACES],
        defaultNS: 'common',
        resources: bundledResources(),
        partialBundledLanguages: true,
        // React escapes what it renders; escaping here too would show "&amp;".
        interpolation: { escapeValue: false },
        returnEmptyString: false,
        react: { useSuspense: true },
      }),
      loadCountryNames(language).catch(() => {
        // Country names fall back to the browser's own until a later language change.
      }),
    ]);
    syncDocumentLanguage(i18n.language);
    return i18n;
  })();
  return ready;
}

/**
 * Switches the app to `choice` ("system" = follow the OS/browser again) and
 * remembers it. Rejects, leaving the language as it was, when the language's
 * catalogues cannot be loaded.
 */
export async function setLanguage(choice: Language | 'system'): Promise<Language> {
  const language = choice === 'system' ? systemLanguage() : choice;
  // Load first, so a failure changes nothing and the switch itself paints at once.
  await Promise.all([
    ...STARTUP_NAMESPACES.map((namespace) => loadCatalogue(language, namespace)),
    loadCountryNames(language),
  ]);
  await i18n.changeLanguage(language);
  storeLanguage(choice === 'system' ? null : choice);
  return language;
}

/**
 * Calls `listener` after every language change (the hook point for anything
 * outside React: the desktop menu, the window title). Returns the unsubscribe function.
 */
export function onLanguageChanged(listener: (language: Language) => void): () => void {
  const wrapped = (language: string) => listener(isLanguage(language) ? language : SOURCE_LANGUAGE);
  i18n.on('languageChanged', wrapped);
  return () => i18n.off('languageChanged', wrapped);
}
