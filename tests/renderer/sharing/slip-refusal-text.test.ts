/** A slip action refused for a reason the user can act on is worded in every language from its reason. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { SlipRefusal } from '../../../renderer/src/sharing/slip-io';
import { slipRefusalText } from '../../../renderer/src/sharing/useFileAction';
import { catalogueTranslator } from '../i18n/catalogue-translator';

const REFUSALS = [
  new SlipRefusal('gone', ''),
  new SlipRefusal('nothing-to-seal', ''),
  new SlipRefusal('other-league', '', { slipLeague: 'club-b', league: 'Club A' }),
];

describe('slip refusals', () => {
  it.each(LANGUAGES)('%s words every reason', async (language) => {
    const t = await catalogueTranslator(language, 'sharing');
    const english = await catalogueTranslator('en', 'sharing');
    const texts = REFUSALS.map((refusal) => slipRefusalText(t, refusal));
    expect(new Set(texts).size).toBe(REFUSALS.length);
    texts.forEach((text, k) => {
      expect(text).not.toMatch(/sharing:|slipRefusal|\{\{/);
      if (language !== 'en') expect(text).not.toBe(slipRefusalText(english, REFUSALS[k]!));
    });
    expect(texts[2]).toContain('club-b');
    expect(texts[2]).toContain('Club A');
  });
});
