import { MODIFIER } from '../../lib/shortcuts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The ways in: drop a file (anywhere on the screen; this box shows where),
 * choose one, paste the text of a race report, or enter a result by hand.
 */
export function ImportSources({
  dragging,
  onChoose,
  onPaste,
  onEnter,
}: {
  dragging: boolean;
  onChoose: () => void;
  onPaste: (text: string) => void;
  onEnter: () => void;
}) {
  const { t } = useTranslation('results');
  const [text, setText] = useState('');
  const submit = () => {
    if (text.trim() !== '') onPaste(text);
  };
  return (
    <section className="panel rs-sources" aria-labelledby="rs-sources-title">
      <h2 id="rs-sources-title">{t('results:sources.title')}</h2>
      <div className="rs-sources-grid">
        <div className={`rs-drop${dragging ? ' rs-drop-active' : ''}`}>
          <div className="rs-drop-icon" aria-hidden="true">
            {/* An arrow glyph, hidden from assistive technology: no words to translate. */}
            {'⇩'}
          </div>
          <p>
            <strong>{t('results:sources.drop')}</strong>
            <br />
            <span className="muted">{t('results:sources.formats')}</span>
          </p>
          <button type="button" className="primary" onClick={onChoose}>
            {t('results:sources.choose')}
          </button>
        </div>
        <div className="rs-paste">
          <label className="field">
            <span>{t('results:sources.paste')}</span>
            <textarea
              rows={7}
              value={text}
              placeholder={t('results:sources.pastePlaceholder')}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && MODIFIER.held(event)) {
                  event.preventDefault();
                  submit();
                }
              }}
            />
          </label>
          <div className="row">
            <button type="button" onClick={submit} disabled={text.trim() === ''}>
              {t('results:sources.preview')}
            </button>
            <span className="faint">
              {t('results:sources.previewShortcut', { modifier: MODIFIER.label })}
            </span>
          </div>
        </div>
      </div>
      <div className="row rs-enter-offer">
        <span className="muted">{t('results:sources.enterOffer')}</span>
        <button type="button" onClick={onEnter}>
          {t('results:sources.enter')}
        </button>
      </div>
    </section>
  );
}
