/** The app's translation layer: setup, language choice, lazy catalogues and the sport's terms. */
export { i18n, initI18n, setLanguage, onLanguageChanged, activeLanguage, systemLanguage } from './setup';
export { useLanguage, type LanguageState } from './useLanguage';
export { LanguageSelect } from './LanguageSelect';
export { NAMESPACES, type Namespace } from './namespaces';
export { sessionName, cupName, finishStatusName, sportTerm, type SportTerm } from './terms';
