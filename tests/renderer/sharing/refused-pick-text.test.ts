/** Refused picks are worded from their reason and params, in every language the app ships. */
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { mergePicks, REFUSED_REASONS } from '../../../shared/exchange/merge';
import { i18n, setLanguage } from '../../../renderer/src/i18n/setup';
import { formatDateTime } from '../../../renderer/src/lib/format';
import { refusedPickText } from '../../../renderer/src/sharing/refused-pick-text';
import { catalogueTranslator } from '../i18n/catalogue-translator';

const PARAMS = {
  member: 'ana',
  race: 'Grand Final',
  line: 4,
  madeAt: '2025-06-07T17:05:00.000Z',
  startsAt: '2025-06-07T17:00:00.000Z',
  resultAt: '2025-06-07T18:00:00.000Z',
  entries: 'nobody',
};

const translator = (language: string) => catalogueTranslator(language, 'sharing');

afterEach(async () => {
  await setLanguage('system');
});

describe('refused pick wording', () => {
  it.each(LANGUAGES)('%s words every reason a merge can give', async (language) => {
    const t = await translator(language);
    const english = await translator('en');
    for (const reason of REFUSED_REASONS) {
      const text = refusedPickText(t, { reason, params: PARAMS });
      expect(text, reason).not.toMatch(/refusedPick|\{\{/);
      expect(text, reason).toContain('4');
      if (language !== 'en')
        expect(text, reason).not.toBe(refusedPickText(english, { reason, params: PARAMS }));
    }
  });

  it('words a real late pick in Spanish, with its instants in local time', async () => {
    const outcome = mergePicks(
      [],
      [{ memberId: 'ana', raceId: 'gf', podium: ['a', 'b', 'c'], madeAt: PARAMS.madeAt }],
      { raceStarts: new Map([['gf', PARAMS.startsAt]]), raceName: () => 'Gran Final', lineOf: () => 2 },
    );
    const refused = outcome.refused[0]!;
    expect(refused.message).toBe(
      'line 2: Pick for Gran Final was made at 2025-06-07T17:05:00.000Z, after the race started (2025-06-07T17:00:00.000Z).',
    );
    await setLanguage('es');
    await i18n.loadNamespaces('sharing');
    expect(refusedPickText(i18n.t, refused)).toBe(
      `Línea 2: El pronóstico para Gran Final se hizo el ${formatDateTime(PARAMS.madeAt)}, ` +
        `después de que empezara la carrera (${formatDateTime(PARAMS.startsAt)}).`,
    );
    expect(formatDateTime(PARAMS.madeAt)).not.toBe(formatDateTime(PARAMS.startsAt));
  });
});
