/**
 * The Season screen does not spoil a blind replay: the official results the
 * active replay league has not revealed stay hidden until revealed, or until
 * the user asks to see them for this visit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ToastProvider } from '../../../renderer/src/components/Toasts';
import { SeasonScreen } from '../../../renderer/src/screens/season/SeasonScreen';
import { seedBuiltInResults } from '../../../renderer/src/app/boot';
import { db } from '../../../renderer/src/db';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { readReveals, revealResults } from '../../../renderer/src/db/reveals';
import { LEAGUE_ID, seedFriendsLeague } from '../leaderboard/seed';

afterEach(cleanup);

const NOTE = 'Results hidden: your replay league Sunday Sofa GP has not revealed them yet';

function renderSeason() {
  const router = createMemoryRouter([{ path: '/season', element: <SeasonScreen /> }], {
    initialEntries: ['/season'],
  });
  render(
    <ToastProvider>
      <RouterProvider router={router} />
    </ToastProvider>,
  );
}

/** The Result cell of a round's Grand Final row in the calendar. */
async function grandFinalResult(round: string): Promise<string> {
  const article = await screen.findByRole('article', { name: round });
  const row = within(article)
    .getAllByRole('row')
    .find((r) => r.textContent?.startsWith('Grand Final'))!;
  return row.lastElementChild!.textContent!;
}

async function seedLeague(replay: boolean): Promise<void> {
  await seedFriendsLeague({ replay });
  await seedBuiltInResults(db, new Date('2026-11-30T12:00:00Z'));
}

async function revealAll(): Promise<void> {
  const { season } = (await readLeagueData(db, LEAGUE_ID))!;
  const ids = season.rounds.flatMap((round) => round.races.map((race) => race.id));
  await revealResults(db, LEAGUE_ID, ids);
}

describe('the Season screen in a blind replay', () => {
  it('hides the built-in results the league has not revealed, with the standings and champions', async () => {
    await seedLeague(true);
    renderSeason();
    await screen.findByText(NOTE);
    // Round 1's London result was entered by the league (no source): it has seen it.
    expect(await grandFinalResult('Round 1 – London')).toContain('P1');
    expect(await grandFinalResult('Round 2 – Berlin')).toBe('hidden');
    expect(screen.queryByRole('article', { name: 'Standings after Round 2 – Berlin' })).toBeNull();
    expect(screen.queryByText(/Nations Cup champion/)).toBeNull();
  });

  it('shows what is revealed; the champions wait for the World Finals results', async () => {
    await seedLeague(true);
    await revealAll();
    renderSeason();
    expect(await grandFinalResult('Round 2 – Berlin')).toContain('P1 Jose Serrano');
    expect(screen.getByRole('article', { name: 'Standings after Round 2 – Berlin' })).toBeTruthy();
    // No result of the Fukuoka Grand Final is stored, so the league cannot have seen who won.
    expect(screen.queryByText(/Nations Cup champion/)).toBeNull();
    expect(screen.getByText(NOTE)).toBeTruthy();
  });

  it('shows the results for this visit on "Show the results anyway", revealing nothing', async () => {
    await seedLeague(true);
    renderSeason();
    fireEvent.click(await screen.findByRole('button', { name: 'Show the results anyway' }));
    expect(await grandFinalResult('Round 2 – Berlin')).toContain('P1 Jose Serrano');
    expect(screen.getByText(/Nations Cup champion/)).toBeTruthy();
    expect(screen.queryByText(NOTE)).toBeNull();
    expect(await readReveals(db, LEAGUE_ID)).toEqual({});
    // A new visit hides them again.
    cleanup();
    renderSeason();
    expect(await screen.findByText(NOTE)).toBeTruthy();
  });

  it("leaves a normal league's Season screen unchanged", async () => {
    await seedLeague(false);
    renderSeason();
    expect(await screen.findByText(/Nations Cup champion/)).toBeTruthy();
    expect(await grandFinalResult('Round 2 – Berlin')).toContain('P1 Jose Serrano');
    expect(screen.queryByText(NOTE)).toBeNull();
  });
});
