import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';

const LOCALES = path.resolve(__dirname, '../../../renderer/src/i18n/locales');

/**
 * A `t` over one language's shipped catalogues of the given namespaces, with
 * no fallback: a missing key shows as itself.
 */
export async function catalogueTranslator(
  language: string,
  namespace: string | readonly string[],
): Promise<TFunction> {
  const namespaces = typeof namespace === 'string' ? [namespace] : namespace;
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: {
      [language]: Object.fromEntries(
        namespaces.map((ns) => [
          ns,
          JSON.parse(readFileSync(path.join(LOCALES, language, `${ns}.json`), 'utf8')) as object,
        ]),
      ),
    },
  });
  return instance.t;
}
