/** A refused league or member edit is worded from its reason in every language, not from its English message. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { addMember, createLeague, LeagueInputError } from '../../../renderer/src/db/leagues';
import { createDatabase } from '../../../renderer/src/db/schema';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { leagueEditErrorText } from '../../../renderer/src/screens/league/input-error-text';
import { catalogueTranslator } from '../i18n/catalogue-translator';

const translator = (language: string) => catalogueTranslator(language, ['league', 'files']);

const REFUSALS = [
  new LeagueInputError('league-name-required', ''),
  new LeagueInputError('member-name-required', ''),
  new LeagueInputError('already-member', '', { name: 'Ana' }),
  new LeagueInputError('unknown-season', '', { id: 'gtws-1999' }),
  new LeagueInputError('unknown-league', '', { id: 'club' }),
  new LeagueInputError('unknown-member', '', { id: 'bo' }),
];

describe('league edit errors', () => {
  it.each(LANGUAGES)(
    '%s words every refusal, and anything unexpected apart from its detail',
    async (language) => {
      const t = await translator(language);
      const english = await translator('en');
      const texts = REFUSALS.map((error) => leagueEditErrorText(t, error));
      expect(new Set(texts).size).toBe(REFUSALS.length);
      texts.forEach((text, k) => {
        expect(text).not.toMatch(/league:|inputError|\{\{/);
        if (language !== 'en') expect(text).not.toBe(leagueEditErrorText(english, REFUSALS[k]!));
      });
      expect(leagueEditErrorText(t, new Error('QuotaExceededError'))).toContain('QuotaExceededError');
    },
  );

  it('refuses a second member of one name with its reason and the name', async () => {
    const db = createDatabase(`input-error-${Math.random()}`);
    await seedBuiltInSeasons(db);
    const league = await createLeague(db, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    await addMember(db, league.id, { name: 'Ana' });
    const refused = await addMember(db, league.id, { name: 'ana' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LeagueInputError);
    expect([(refused as LeagueInputError).reason, (refused as LeagueInputError).params]).toEqual([
      'already-member',
      { name: 'ana' },
    ]);
    expect(leagueEditErrorText(await translator('fr'), refused)).toBe('ana est déjà membre.');
  });
});
