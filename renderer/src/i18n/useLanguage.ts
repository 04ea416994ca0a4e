import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { activeLanguage, setLanguage, storedLanguage, systemLanguage } from './setup';

export interface LanguageState {
  /** The language shown now. */
  language: Language;
  /** What the user chose: a language, or "system" to follow the OS/browser. */
  choice: Language | 'system';
  /** The language "system" stands for on this machine. */
  system: Language;
  languages: readonly Language[];
  /** Switches and remembers; rejects (nothing changed) when the language cannot be loaded. */
  choose: (choice: Language | 'system') => Promise<void>;
}

/** The app language, re-rendering on every change (also changes made elsewhere). */
export function useLanguage(): LanguageState {
  // Subscribes this component to language changes.
  useTranslation();
  const [choice, setChoice] = useState<Language | 'system'>(() => storedLanguage() ?? 'system');
  const choose = useCallback(async (next: Language | 'system') => {
    await setLanguage(next);
    setChoice(next);
  }, []);
  return { language: activeLanguage(), choice, system: systemLanguage(), languages: LANGUAGES, choose };
}
