import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { i18n, onLanguageChanged, setLanguage } from '../../../renderer/src/i18n/setup';
import { LanguageSelect } from '../../../renderer/src/i18n/LanguageSelect';
import { NoLeagueState } from '../../../renderer/src/components/NoLeagueState';
import { Flag } from '../../../renderer/src/components/Flag';
import { sessionName, sportTerm } from '../../../renderer/src/i18n/terms';
import { currentMenuLabels, keepMenuInLanguage } from '../../../renderer/src/i18n/menu-labels';
import { englishMenuLabels } from '../../../electron/main/menu';
import type { MenuLabels } from '../../../shared/ipc/menu-labels';
import { parseMenuLabels } from '../../../shared/ipc/menu-labels';
import { bundledResources } from '../../../renderer/src/i18n/catalogues';

afterEach(async () => {
  await setLanguage('system');
  vi.restoreAllMocks();
});

describe('app language', () => {
  it('bundles only the English start-up catalogues; the rest load on demand', async () => {
    const bundled = bundledResources();
    expect(Object.keys(bundled)).toEqual(['en']);
    expect(Object.keys(bundled.en!).sort()).toEqual(['common', 'errors']);
    expect(i18n.hasResourceBundle('en', 'menu')).toBe(false);
    await i18n.loadNamespaces('menu');
    expect(i18n.hasResourceBundle('en', 'menu')).toBe(true);
  });

  it('starts in the system language and keeps <html lang> in step', () => {
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches, remembers the choice, and tells listeners', async () => {
    const heard: string[] = [];
    const stop = onLanguageChanged((language) => heard.push(language));
    await setLanguage('ja');
    stop();
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem('podium.language')).toBe('ja');
    expect(heard).toEqual(['ja']);
    expect(sessionName(i18n.t, 'gf')).toBe('グランドファイナル');
    expect(sportTerm(i18n.t, 'joker')).toBe('ジョーカー');
  });

  it('"system" forgets the choice and follows navigator.languages again', async () => {
    await setLanguage('it');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['pt-PT', 'en']);
    expect(await setLanguage('system')).toBe('pt-BR');
    expect(localStorage.getItem('podium.language')).toBeNull();
    expect(sessionName(i18n.t, 'sprint')).toBe('Corrida sprint');
  });

  it('refuses a language it cannot load and keeps the current one', async () => {
    await setLanguage('fr');
    await expect(setLanguage('xx' as 'fr')).rejects.toThrow('No "common" catalogue for language "xx"');
    expect(i18n.language).toBe('fr');
    expect(localStorage.getItem('podium.language')).toBe('fr');
  });

  it('translates shared components and re-renders them on a change', async () => {
    render(
      <MemoryRouter>
        <NoLeagueState why="x" />
        <Flag country="ES" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading').textContent).toBe('No league yet');
    expect(screen.getByText('ES').title).toBe('Spain');
    await act(() => setLanguage('es'));
    expect(screen.getByRole('heading').textContent).toBe('Todavía no hay ninguna liga');
    expect(screen.getByRole('link').textContent).toBe('Crear una liga');
    expect(screen.getByText('ES').title).toBe('España');
  });

  it('the Settings panel lists each language in itself and switches on choice', async () => {
    render(<LanguageSelect />);
    const select = await screen.findByLabelText('App language');
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual([
      'System default (English)',
      'English',
      'Español',
      'Français',
      'Italiano',
      'Deutsch',
      '日本語',
      'Português (Brasil)',
    ]);
    await act(async () => {
      fireEvent.change(select, { target: { value: 'de' } });
    });
    expect(await screen.findByRole('heading', { name: 'Sprache' })).toBeTruthy();
    expect(i18n.language).toBe('de');
    expect(localStorage.getItem('podium.language')).toBe('de');
  });

  it('gives the desktop menu its labels in the current language, in the shape main accepts', async () => {
    await setLanguage('ja');
    const labels = await currentMenuLabels();
    expect(parseMenuLabels(labels)).toEqual(labels);
    expect([labels.language, labels.file, labels.about, labels.screens['/leaderboard']]).toEqual([
      'ja',
      'ファイル',
      'Podium Leagueについて',
      'ランキング',
    ]);
  });

  it('main starts with the English catalogue’s own menu words', async () => {
    expect(await currentMenuLabels()).toEqual(englishMenuLabels('Podium League'));
  });

  it('sends the menu labels at once and again after each language change', async () => {
    const sent: MenuLabels[] = [];
    const stop = keepMenuInLanguage(async (labels) => sent.push(labels));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await setLanguage('es');
    await vi.waitFor(() => expect(sent.map((l) => l.language)).toEqual(['en', 'es']));
    expect(sent[1]!.file).toBe('Archivo');
    stop();
    await setLanguage('ja');
    await i18n.loadNamespaces('menu');
    expect(sent).toHaveLength(2);
  });
});
