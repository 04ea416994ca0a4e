import { describe, expect, it } from 'vitest';
import { MENU_LABEL_KEYS, parseMenuLabels, type MenuLabels } from '../../../shared/ipc/menu-labels';

const labels: MenuLabels = {
  language: 'es',
  ...(Object.fromEntries(MENU_LABEL_KEYS.map((key) => [key, `label ${key}`])) as Record<
    (typeof MENU_LABEL_KEYS)[number],
    string
  >),
  screens: {
    '/': 'Inicio',
    '/round': 'Ronda',
    '/results': 'Resultados',
    '/leaderboard': 'Clasificación',
    '/league': 'Liga',
    '/season': 'Temporada',
    '/settings': 'Ajustes',
  },
};

describe('menu labels from the renderer', () => {
  it('accepts a complete set and keeps only known keys', () => {
    expect(parseMenuLabels({ ...labels, extra: 'x' })).toEqual(labels);
  });

  it('refuses a missing, empty, overlong or control-character label, or a bad language tag', () => {
    const { file: _file, ...withoutFile } = labels;
    expect(parseMenuLabels(withoutFile)).toBeNull();
    expect(parseMenuLabels({ ...labels, edit: ' ' })).toBeNull();
    expect(parseMenuLabels({ ...labels, edit: 'x'.repeat(81) })).toBeNull();
    expect(parseMenuLabels({ ...labels, edit: 'Edit\u0000' })).toBeNull();
    expect(parseMenuLabels({ ...labels, screens: { ...labels.screens, '/season': 3 } })).toBeNull();
    expect(parseMenuLabels({ ...labels, language: 'es; rm -rf' })).toBeNull();
    expect(parseMenuLabels('labels')).toBeNull();
  });
});
