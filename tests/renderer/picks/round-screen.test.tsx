import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../renderer/src/db';
import { addMember, createLeague, setActiveMember } from '../../../renderer/src/db/leagues';
import { RoundScreen } from '../../../renderer/src/screens/round/RoundScreen';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { AFTER_R1, BEFORE_R1, R1_GF, setNow } from './helpers';
import { renderScreen, resetAppDb } from '../screen-harness';

function renderRound() {
  return renderScreen('/round', <RoundScreen />);
}

const slot = (n: number) => screen.getByRole('combobox', { name: `P${n} pick for Grand Final` });

function choose(n: number, query: string) {
  fireEvent.change(slot(n), { target: { value: query } });
  fireEvent.keyDown(slot(n), { key: 'Enter' });
}

async function storedPodium(memberId: string) {
  return (await db.picks.get(['friends', memberId, R1_GF]))?.podium;
}

beforeEach(async () => {
  await resetAppDb();
  setNow(BEFORE_R1);
  const league = await createLeague(db, { name: 'Friends', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
  await addMember(db, league.id, { name: 'Alex' });
  await addMember(db, league.id, { name: 'Bea' });
});

afterEach(cleanup);

// Whole-screen tests with live queries: slower than unit tests when the suite runs in parallel.
describe('Round screen', { timeout: 20_000 }, () => {
  it('saves picks as they are made, keeps others hidden before the lock, turns read-only at the lock', async () => {
    renderRound();
    expect(((await screen.findByRole('radio', { name: 'Alex' })) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('heading', { name: 'Round 1 – London' })).toBeTruthy();

    choose(1, 'serrano');
    choose(2, 'urra');
    choose(3, 'gallo');
    await waitFor(async () =>
      expect(await storedPodium('alex')).toEqual(['jose-serrano', 'pol-urra', 'valerio-gallo']),
    );
    await screen.findByText(/Saved Alex's pick for Grand Final/);

    // Change one slot: saved at once, history has two entries.
    choose(3, 'sasaki');
    await waitFor(async () =>
      expect(await storedPodium('alex')).toEqual(['jose-serrano', 'pol-urra', 'takuma-sasaki']),
    );
    expect(await db.pickHistory.count()).toBe(2);

    // Bea cannot see Alex's pick before the lock.
    await setActiveMember(db, 'bea', 'friends');
    await screen.findByText(/Bea.s podium/);
    const card = screen.getByRole('article', { name: 'Grand Final' });
    expect(within(card).getByText(/1 of 1 other member picked/)).toBeTruthy();
    expect(within(card).queryByRole('list', { name: /Other members' picks/ })).toBeNull();
    expect((slot(1) as HTMLInputElement).value).toBe('');
    choose(1, 'urra');
    choose(2, 'serrano');
    choose(3, 'gallo');
    await waitFor(async () =>
      expect(await storedPodium('bea')).toEqual(['pol-urra', 'jose-serrano', 'valerio-gallo']),
    );

    // The race starts: read-only, locked badge, Alex's pick now visible.
    setNow(AFTER_R1);
    await waitFor(() => expect(within(card).getByText('Locked')).toBeTruthy(), { timeout: 10_000 });
    expect(screen.queryAllByRole('combobox', { name: /pick for Grand Final/ })).toHaveLength(0);
    expect(within(card).getByRole('list', { name: /Other members' picks/ }).textContent).toContain(
      'Jose Serrano',
    );
    expect(within(card).queryByRole('button', { name: /Undo/ })).toBeNull();
  });

  it('undoes the last change from the history before the lock', async () => {
    renderRound();
    await screen.findByRole('combobox', { name: 'P1 pick for Grand Final' });
    choose(1, 'serrano');
    choose(2, 'urra');
    choose(3, 'gallo');
    await waitFor(async () => expect(await storedPodium('alex')).toBeDefined());
    choose(1, 'kaj');
    await waitFor(async () => expect((await storedPodium('alex'))?.[0]).toBe('kaj-de-bruin'));
    fireEvent.click(await screen.findByRole('button', { name: /Undo last change/ }));
    await waitFor(async () =>
      expect(await storedPodium('alex')).toEqual(['jose-serrano', 'pol-urra', 'valerio-gallo']),
    );
    await waitFor(() => expect((slot(1) as HTMLInputElement).value).toBe('Jose Serrano'));
  });
});
