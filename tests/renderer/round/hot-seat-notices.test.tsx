/**
 * The Round screen's hot-seat notices stay one line each; the "without a PIN"
 * notice can be dismissed for the league, leaving only its button.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { db } from '../../../renderer/src/db';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { RoundScreen } from '../../../renderer/src/screens/round/RoundScreen';
import { pinNoticeDismissedKey } from '../../../renderer/src/screens/round/HotSeat';
import { ownerKey } from '../../../renderer/src/db/owner';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { BEFORE_R1, setNow } from '../picks/helpers';
import { renderScreen, resetAppDb } from '../screen-harness';

const VISIBLE = /visible to whoever uses this computer/;
let leagueId = '';

beforeEach(async () => {
  await resetAppDb();
  setNow(BEFORE_R1);
  const league = await createLeague(db, { name: 'Friends', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
  leagueId = league.id;
  await addMember(db, league.id, { name: 'Alex' });
  await addMember(db, league.id, { name: 'Bea' });
});

afterEach(cleanup);

describe('Round screen hot-seat notices', { timeout: 20_000 }, () => {
  it('remembers a dismissed PIN notice per league and keeps the PIN button', async () => {
    renderScreen('/round', <RoundScreen />);
    await screen.findByText(VISIBLE);
    fireEvent.click(screen.getByRole('button', { name: "Don't show again" }));
    await waitFor(() => expect(screen.queryByText(VISIBLE)).toBeNull());
    expect((await db.settings.get(pinNoticeDismissedKey(leagueId)))?.value).toBe(true);
    // The PIN can still be set.
    fireEvent.click(screen.getByRole('button', { name: 'Set a PIN for Alex' }));
    expect(screen.getByLabelText('New PIN or passphrase')).toBeTruthy();

    // A new visit keeps it dismissed.
    cleanup();
    renderScreen('/round', <RoundScreen />);
    await screen.findByRole('button', { name: 'Set a PIN for Alex' });
    expect(screen.queryByText(VISIBLE)).toBeNull();
  });

  it('asks which member this computer belongs to with an inline select that stores the choice', async () => {
    renderScreen('/round', <RoundScreen />);
    const select = await screen.findByRole('combobox', { name: 'Which member are you?' });
    const bea = (await db.members.where('leagueId').equals(leagueId).toArray()).find(
      (m) => m.name === 'Bea',
    )!;
    fireEvent.change(select, { target: { value: bea.id } });
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Which member are you?' })).toBeNull());
    expect((await db.settings.get(ownerKey(leagueId)))?.value).toBe(bea.id);
  });
});
