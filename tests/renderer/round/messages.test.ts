import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLanguage } from '../../../renderer/src/i18n/setup';
import { pickRefusalText } from '../../../renderer/src/screens/round/messages';
import type { PickRefusal } from '../../../renderer/src/db/picks';

afterEach(async () => {
  await setLanguage('system');
});

describe('pick refusals', () => {
  it('are worded from the refusal data in the chosen language', async () => {
    const refusal: PickRefusal = { reason: 'not-on-entry-list', entryId: 'nobody', raceName: 'Grand Final' };
    await i18n.loadNamespaces('round');
    expect(pickRefusalText(i18n.t, refusal)).toBe('“nobody” is not on the entry list of Grand Final.');
    await setLanguage('es');
    await i18n.loadNamespaces('round');
    expect(pickRefusalText(i18n.t, refusal)).toBe(
      '«nobody» no está en la lista de inscritos de Grand Final.',
    );
    expect(pickRefusalText(i18n.t, { reason: 'joker-started' })).toBe(
      'El comodín no se puede mover: una ronda afectada ya ha empezado.',
    );
  });
});
