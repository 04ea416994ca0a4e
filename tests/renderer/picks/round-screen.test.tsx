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
    // The picker appears once the member's draft (if any) is read.
    await screen.findByRole('combobox', { name: 'P1 pick for Grand Final' });

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
    await screen.findByRole('combobox', { name: 'P1 pick for Grand Final' });
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
    await screen.findByRole('combobox', { name: 'P1 pick for Grand Final' }, { timeout: 5000 });
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

describe('Round screen on a shared computer', { timeout: 30_000 }, () => {
  it('asks for the PIN when switching to a protected member and hides their podium from the others', async () => {
    const view = renderRound();
    await screen.findByRole('combobox', { name: 'P1 pick for Grand Final' }, { timeout: 5000 });
    // Without PINs the app says plainly that picks are visible.
    expect(screen.getByText(/visible to whoever uses this computer/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set a PIN for Alex' }));
    fireEvent.change(screen.getByLabelText('New PIN or passphrase'), { target: { value: '4711' } });
    fireEvent.change(screen.getByLabelText('Repeat it'), { target: { value: '4711' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save PIN' }));
    // PIN hashing is deliberately slow (stretched), hence the longer waits around it.
    await screen.findByText(/Alex's picks are protected by a PIN/, undefined, { timeout: 10_000 });
    choose(1, 'serrano');
    choose(2, 'urra');
    choose(3, 'gallo');
    await waitFor(async () => expect(await storedPodium('alex')).toBeDefined());

    // Bea takes the computer: a pass screen first, with nothing of Alex's podium on it.
    fireEvent.click(screen.getByRole('radio', { name: 'Bea' }));
    await screen.findByRole('heading', { name: 'Pass the computer to Bea' });
    expect(screen.queryByDisplayValue('Jose Serrano')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start picking as Bea' }));
    await screen.findByText(/Bea.s podium/);
    const card = screen.getByRole('article', { name: 'Grand Final' });
    await waitFor(() => expect(card.textContent).toContain('1 of 1 other member picked'));
    expect(screen.queryByDisplayValue('Jose Serrano')).toBeNull();

    // Back to Alex: the PIN is asked, a wrong one refused.
    fireEvent.click(screen.getByRole('radio', { name: 'Alex' }));
    const pin = await screen.findByLabelText('PIN or passphrase for Alex');
    fireEvent.change(pin, { target: { value: '0000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start picking as Alex' }));
    await screen.findByText('Wrong PIN. Try again.', undefined, { timeout: 10_000 });
    expect(screen.queryByDisplayValue('Jose Serrano')).toBeNull();
    fireEvent.change(screen.getByLabelText('PIN or passphrase for Alex'), { target: { value: '4711' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start picking as Alex' }));
    await screen.findByDisplayValue('Jose Serrano', undefined, { timeout: 10_000 });

    // A reload (a new session) asks again.
    view.unmount();
    const { lockMembers } = await import('../../../renderer/src/db/pins');
    lockMembers(db, 'friends');
    renderRound();
    await screen.findByLabelText('PIN or passphrase for Alex', undefined, { timeout: 5000 });
  });

  it('keeps a half-made podium as a marked draft across a reload', async () => {
    const view = renderRound();
    await screen.findByRole('combobox', { name: 'P1 pick for Grand Final' }, { timeout: 5000 });
    choose(1, 'serrano');
    choose(2, 'urra');
    await waitFor(async () =>
      expect((await db.settings.get(`draft:friends:alex:${R1_GF}`))?.value).toMatchObject({
        slots: ['jose-serrano', 'pol-urra', null],
      }),
    );
    view.unmount();
    renderRound();
    await screen.findByDisplayValue('Pol Urra', undefined, { timeout: 5000 });
    expect((slot(1) as HTMLInputElement).value).toBe('Jose Serrano');
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(screen.getByText(/counts for nothing until all three places are filled/)).toBeTruthy();
    expect(await db.picks.count()).toBe(0);
    choose(3, 'gallo');
    await waitFor(async () => expect(await storedPodium('alex')).toBeDefined());
    expect(await db.settings.get(`draft:friends:alex:${R1_GF}`)).toBeUndefined();
  });
});
