import type { BackendModule, ReadCallback, ResourceKey } from 'i18next';
import { isLanguage, SOURCE_LANGUAGE } from '../../../shared/i18n/languages';
import { STARTUP_NAMESPACES } from './namespaces';

type Catalogue = Record<string, ResourceKey>;

// Every catalogue is its own chunk, fetched when its language and namespace are first needed.
const lazyCatalogues = import.meta.glob<Catalogue>('./locales/*/*.json', { import: 'default' });

// English start-up namespaces ship inside the entry chunk: the first paint and the
// fallback for any missing translation never wait on the network or disk.
const eagerEnglish = import.meta.glob<Catalogue>('./locales/en/{common,errors}.json', {
  import: 'default',
  eager: true,
});

function cataloguePath(language: string, namespace: string): string {
  return `./locales/${language}/${namespace}.json`;
}

/** The bundled English start-up catalogues, as i18next `resources`. */
export function bundledResources(): Record<string, Record<string, Catalogue>> {
  const en: Record<string, Catalogue> = {};
  for (const namespace of STARTUP_NAMESPACES) {
    const catalogue = eagerEnglish[cataloguePath(SOURCE_LANGUAGE, namespace)];
    if (catalogue) en[namespace] = catalogue;
  }
  return { [SOURCE_LANGUAGE]: en };
}

/** Loads one catalogue; rejects for a language or namespace the app does not ship. */
export async function loadCatalogue(language: string, namespace: string): Promise<Catalogue> {
  const load = isLanguage(language) ? lazyCatalogues[cataloguePath(language, namespace)] : undefined;
  if (!load) throw new Error(`No "${namespace}" catalogue for language "${language}".`);
  return load();
}

/** i18next backend reading the catalogues above (what i18next-resources-to-backend does, in a few lines). */
export const catalogueBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    loadCatalogue(language, namespace).then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
