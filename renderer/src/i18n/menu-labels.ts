import type { MenuLabels } from '../../../shared/ipc/menu-labels';
import { activeLanguage, i18n, onLanguageChanged } from './setup';

/**
 * The native menu's labels in the app's language, for main to rebuild the
 * menu with (see shared/ipc/menu-labels.ts). Loads the `menu` namespace first.
 */
export async function currentMenuLabels(): Promise<MenuLabels> {
  await i18n.loadNamespaces('menu');
  const t = i18n.t;
  const name = t('common:app.name');
  return {
    language: activeLanguage(),
    file: t('menu:file'),
    importResults: t('menu:importResults'),
    exportLeague: t('menu:exportLeague'),
    backup: t('menu:backup'),
    quit: t('menu:quit'),
    close: t('menu:close'),
    edit: t('menu:edit'),
    undo: t('menu:undo'),
    redo: t('menu:redo'),
    cut: t('menu:cut'),
    copy: t('menu:copy'),
    paste: t('menu:paste'),
    selectAll: t('menu:selectAll'),
    view: t('menu:view'),
    resetZoom: t('menu:resetZoom'),
    zoomIn: t('menu:zoomIn'),
    zoomOut: t('menu:zoomOut'),
    toggleFullScreen: t('menu:toggleFullScreen'),
    reload: t('menu:reload'),
    toggleDevTools: t('menu:toggleDevTools'),
    help: t('menu:help'),
    about: t('menu:about', { name }),
    settings: t('menu:settings'),
    services: t('menu:services'),
    hide: t('menu:hide', { name }),
    hideOthers: t('menu:hideOthers'),
    showAll: t('menu:showAll'),
    quitApp: t('menu:quitApp', { name }),
    window: t('menu:window'),
    screens: {
      '/': t('common:nav.home'),
      '/round': t('common:nav.round'),
      '/results': t('common:nav.results'),
      '/leaderboard': t('common:nav.leaderboard'),
      '/league': t('common:nav.league'),
      '/season': t('common:nav.season'),
      '/settings': t('common:nav.settings'),
    },
  };
}

/**
 * Sends the menu's labels now and after every language change, so the
 * desktop menu follows the app. Returns the unsubscribe function.
 */
export function keepMenuInLanguage(send: (labels: MenuLabels) => Promise<unknown>): () => void {
  const update = () => {
    void currentMenuLabels().then(send);
  };
  update();
  return onLanguageChanged(update);
}
