/**
 * A file refused before any preview (binary, too large, unknown encoding) is
 * told in the user's language: the refusal is worded from the parse issue's
 * code, not the reader's English message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { ResultsScreen } from '../../../renderer/src/screens/results/ResultsScreen';
import { i18n, setLanguage } from '../../../renderer/src/i18n/setup';
import { renderScreen, resetAppDb } from '../screen-harness';

beforeEach(async () => {
  await resetAppDb();
  await setLanguage('es');
  await i18n.loadNamespaces('results');
});

afterEach(async () => {
  cleanup();
  await setLanguage('en');
});

describe('a refused results file', { timeout: 20_000 }, () => {
  it('is worded in the chosen language', async () => {
    renderScreen('/results', <ResultsScreen />);
    fireEvent.change(await screen.findByLabelText(i18n.t('results:sources.paste')), {
      target: { value: '\u0000\u0001\u0002\u0003\u0000' },
    });
    fireEvent.click(screen.getByRole('button', { name: i18n.t('results:sources.preview') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No es un archivo de texto (contiene datos binarios).');
    expect(alert.textContent).not.toMatch(/not a text file/i);
  });
});
