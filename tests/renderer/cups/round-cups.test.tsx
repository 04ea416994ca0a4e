/** The Round screen lists only the races of the league's cups; a Manufacturers Cup race says which cup it is. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../renderer/src/db';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { RoundScreen } from '../../../renderer/src/screens/round/RoundScreen';
import { DEFAULT_RULES } from '../../../shared/scoring';
import type { Cup } from '../../../shared/domain/types';
import { BEFORE_R1, setNow } from '../picks/helpers';
import { renderScreen, resetAppDb } from '../screen-harness';
import { MANUFACTURERS_GF, storeSeasonWithTeams } from './team-season';

afterEach(cleanup);

// Whole screens with live queries: slow when the suite runs files side by side.
const PATIENTLY = { timeout: 5000 };

async function leagueWith(cups: Cup[]) {
  await resetAppDb();
  await storeSeasonWithTeams(db);
  setNow(BEFORE_R1);
  const league = await createLeague(db, {
    name: 'Friends',
    seasonId: 'gtws-2025',
    rules: { ...DEFAULT_RULES, cups },
  });
  await addMember(db, league.id, { name: 'Alex' });
  renderScreen('/round', <RoundScreen />);
  await screen.findByRole('radio', { name: 'Alex' }, PATIENTLY);
}

const cardTitles = () =>
  screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

describe('Round screen and the league cups', { timeout: 20_000 }, () => {
  it('shows both Grand Finals to a league with both cups, and saves a team podium', async () => {
    await leagueWith(['nations', 'manufacturers']);
    await waitFor(
      () => expect(cardTitles()).toEqual(['Grand Final Nations Cup', 'Grand Final Manufacturers Cup']),
      PATIENTLY,
    );
    const slot = (n: number) =>
      screen.getByRole('combobox', { name: `P${n} pick for Grand Final · Manufacturers Cup` });
    // The picker opens once the member's draft (if any) is read.
    await screen.findByRole('combobox', { name: 'P1 pick for Grand Final · Manufacturers Cup' }, PATIENTLY);
    for (const [n, query] of [
      [1, 'miyazono'],
      [2, 'porsche'],
      [3, 'labouteley'],
    ] as const) {
      fireEvent.change(slot(n), { target: { value: query } });
      fireEvent.keyDown(slot(n), { key: 'Enter' });
    }
    await waitFor(
      async () =>
        expect((await db.picks.get(['friends', 'alex', MANUFACTURERS_GF]))?.podium).toEqual([
          'subaru',
          'porsche',
          'bmw',
        ]),
      PATIENTLY,
    );
    await screen.findByText(/Saved Alex's pick for Grand Final · Manufacturers Cup/, {}, PATIENTLY);
  });

  it('shows a Nations Cup league only its races, and a Manufacturers Cup league only the teams', async () => {
    await leagueWith(['nations']);
    await waitFor(() => expect(cardTitles()).toEqual(['Grand Final']), PATIENTLY);
    cleanup();
    await leagueWith(['manufacturers']);
    await waitFor(() => expect(cardTitles()).toEqual(['Grand Final Manufacturers Cup']), PATIENTLY);
  });
});
