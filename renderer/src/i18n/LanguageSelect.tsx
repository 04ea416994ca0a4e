import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../../shared/common/result';
import { LANGUAGE_NAMES, isLanguage } from '../../../shared/i18n/languages';
import { useLanguage } from './useLanguage';

/** The Settings panel that chooses the app language (each language named in itself). */
export function LanguageSelect() {
  const { t } = useTranslation('settings');
  const { choice, system, languages, choose } = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const onChange = async (value: string) => {
    const next = isLanguage(value) ? value : 'system';
    setBusy(true);
    setError(null);
    try {
      await choose(next);
    } catch (failure) {
      const language = LANGUAGE_NAMES[next === 'system' ? system : next];
      setError(
        t('settings:language.failed', {
          language,
          reason: messageOf(failure),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings:language.title')}</h2>
      <label htmlFor={`${id}-select`}>{t('settings:language.label')}</label>
      <select
        id={`${id}-select`}
        value={choice}
        disabled={busy}
        aria-describedby={`${id}-help`}
        onChange={(event) => void onChange(event.target.value)}
      >
        <option value="system">{t('settings:language.system', { language: LANGUAGE_NAMES[system] })}</option>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="faint">
        {t('settings:language.help')}
      </p>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
