import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';

const LOCALES = path.resolve(__dirname, '../../../renderer/src/i18n/locales');

/** A `t` over one language's shipped catalogue of one namespace, with no fallback: a missing key shows as itself. */
export async function catalogueTranslator(language: string, namespace: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: {
      [language]: {
        [namespace]: JSON.parse(readFileSync(path.join(LOCALES, language, `${namespace}.json`), 'utf8')),
      },
    },
  });
  return instance.t;
}
