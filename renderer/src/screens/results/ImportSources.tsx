import { MODIFIER } from '../../lib/shortcuts';
import { useState } from 'react';

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
  const [text, setText] = useState('');
  const submit = () => {
    if (text.trim() !== '') onPaste(text);
  };
  return (
    <section className="panel rs-sources" aria-labelledby="rs-sources-title">
      <h2 id="rs-sources-title">Import results</h2>
      <div className="rs-sources-grid">
        <div className={`rs-drop${dragging ? ' rs-drop-active' : ''}`}>
          <div className="rs-drop-icon" aria-hidden="true">
            ⇩
          </div>
          <p>
            <strong>Drop a results file here</strong>
            <br />
            <span className="muted">Official text, pipe table, CSV or JSON · up to 5 MB</span>
          </p>
          <button type="button" className="primary" onClick={onChoose}>
            Choose a file…
          </button>
        </div>
        <div className="rs-paste">
          <label className="field">
            <span>Paste results text</span>
            <textarea
              rows={7}
              value={text}
              placeholder={
                "Grand Final\nRank Country / Driver Time Points\n1 Spain Jose Serrano 44'25.829 6\n…"
              }
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
              Preview
            </button>
            <span className="faint">{MODIFIER.label}+Enter</span>
          </div>
        </div>
      </div>
      <div className="row rs-enter-offer">
        <span className="muted">Only know the podium?</span>
        <button type="button" onClick={onEnter}>
          Enter result by hand…
        </button>
      </div>
    </section>
  );
}
