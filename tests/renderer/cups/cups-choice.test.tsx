/** The cups a league predicts: chosen in the rules fields (new-league form and rules editor), stored as `rules.cups`. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RulesFields } from '../../../renderer/src/screens/league/RulesFields';
import { i18n } from '../../../renderer/src/i18n/setup';
import { updateLeague } from '../../../renderer/src/db/leagues';
import { DEFAULT_RULES, leagueCups } from '../../../shared/scoring';
import { freshLeague } from '../picks/helpers';

afterEach(cleanup);
beforeAll(() => i18n.loadNamespaces(['league', 'common']));

describe('choosing the cups of a league', () => {
  it('offers Nations Cup (the default), Manufacturers Cup or both', () => {
    const onChange = vi.fn();
    render(<RulesFields value={DEFAULT_RULES} onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Cups to predict' });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(group.contains(radios[0]!)).toBe(true);
    expect(radios.map((r) => [r.labels?.[0]?.textContent, r.checked])).toEqual([
      ['Nations Cup', true],
      ['Manufacturers Cup', false],
      ['Both cups', false],
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Both cups' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_RULES, cups: ['nations', 'manufacturers'] });
    fireEvent.click(screen.getByRole('radio', { name: 'Manufacturers Cup' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_RULES, cups: ['manufacturers'] });
  });

  it('keeps the choice in the league rules; a league without it predicts the Nations Cup', async () => {
    const { db, leagueId } = await freshLeague();
    expect(leagueCups((await db.leagues.get(leagueId))!.rules)).toEqual(['nations']);
    await updateLeague(db, leagueId, { rules: { ...DEFAULT_RULES, cups: ['manufacturers', 'nations'] } });
    expect((await db.leagues.get(leagueId))!.rules.cups).toEqual(['nations', 'manufacturers']);
  });
});
