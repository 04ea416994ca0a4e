/**
 * The championship as the app shows it on 30 November 2026: Home points at the
 * Tokyo World Finals, the 2026 line-up is pending, a 2025 league is graded
 * from the built-in official results, and the Season screen names the champion.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ToastProvider } from '../../../renderer/src/components/Toasts';
import { HomeScreen } from '../../../renderer/src/screens/home/HomeScreen';
import { SeasonScreen } from '../../../renderer/src/screens/season/SeasonScreen';
import { LeaderboardScreen } from '../../../renderer/src/screens/leaderboard/LeaderboardScreen';
import { seedBuiltInResults } from '../../../renderer/src/app/boot';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { db } from '../../../renderer/src/db';
import { computeStandings } from '../../../shared/scoring';
import { LEAGUE_ID, R2_GF, resetDatabase, seedFriendsLeague, setNow } from '../leaderboard/seed';

afterEach(cleanup);

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <HomeScreen /> },
      { path: '/season', element: <SeasonScreen /> },
      { path: '/leaderboard', element: <LeaderboardScreen /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <ToastProvider>
      <RouterProvider router={router} />
    </ToastProvider>,
  );
  return router;
}

describe('Home on 30 November 2026 without a league', () => {
  it('shows the Tokyo World Finals with a countdown and says the line-up is not known', async () => {
    setNow('2026-11-30T12:00:00Z');
    await resetDatabase();
    renderAt('/');
    const hero = (await screen.findByRole('heading', { name: /World Finals – Tokyo/ })).closest('section')!;
    expect(hero.textContent).toContain('Next event');
    expect(hero.textContent).toContain('Race 1');
    expect(hero.textContent).toContain('estimated');
    // Without a league every cup counts: the Manufacturers Cup race 1, estimated at 2026-12-05
    // 08:00 UTC, locks first, 4 days 20 hours away.
    expect(within(hero).getByRole('timer').getAttribute('aria-label')).toMatch(
      /^Time until picks lock: 4d 20h/,
    );
    expect(screen.queryByText(/Season complete/)).toBeNull();
    const note = screen
      .getByText('The line-up for World Finals – Tokyo is not known yet.')
      .closest('[role="note"]')!;
    expect(
      within(note as HTMLElement)
        .getByRole('link', { name: 'Paste the line-up' })
        .getAttribute('href'),
    ).toBe('/season?lineup=nations&season=gtws-2026');
  });
});

describe('Home after the Tokyo Grand Final with only its podium entered', () => {
  it('says which started races still wait for a result', async () => {
    await resetDatabase();
    await db.results.put({
      raceId: 'gtws-2026-wf-nations-gf',
      classification: ['jose-serrano', 'takuma-miyazono', 'kylian-drumont'].map((driverId, i) => ({
        position: i + 1,
        driverId,
        status: 'finished',
      })),
    });
    setNow('2026-12-06T10:00:00Z');
    renderAt('/');
    const hero = (await screen.findByRole('heading', { name: /World Finals – Tokyo/ })).closest('section')!;
    // Without a league both cups' races are awaited, each named with its cup.
    const awaited = [
      'Race 1 (Nations Cup)',
      'Race 2 (Nations Cup)',
      'Race 1 (Manufacturers Cup)',
      'Race 2 (Manufacturers Cup)',
      'Race 3 (Manufacturers Cup)',
      'Grand Final (Manufacturers Cup)',
    ].join(', ');
    await within(hero).findByText(awaited);
    expect(hero.textContent).toContain(`Still without a result: ${awaited}.`);
    expect(hero.textContent).not.toContain('Grand Final (Nations Cup)');
    expect(
      within(hero)
        .getByRole('link', { name: /Results screen/ })
        .getAttribute('href'),
    ).toBe('/results');
  });
});

describe('Home for a 2025 league on 30 November 2026', () => {
  it('points at the current championship instead of the finished season', async () => {
    await seedFriendsLeague();
    setNow('2026-11-30T12:00:00Z');
    renderAt('/');
    const hero = (await screen.findByRole('heading', { name: /World Finals – Fukuoka/ })).closest('section')!;
    expect(hero.textContent).toContain('Season complete');
    expect(hero.textContent).toContain('The current championship is Gran Turismo World Series 2026');
    expect(within(hero).getByRole('link', { name: 'start a league on it' }).getAttribute('href')).toBe(
      '/league',
    );
  });
});

describe('a 2025 league with the built-in results', () => {
  it('grades Round 2 Berlin from the built-in podium with no import', async () => {
    // A league played live: a replay league sees a built-in result only once it is revealed to it.
    await seedFriendsLeague({
      replay: false,
      extraPicks: [
        {
          leagueId: LEAGUE_ID,
          memberId: 'bob',
          raceId: R2_GF,
          podium: ['jose-serrano', 'valerio-gallo', 'kaj-de-bruin'],
          madeAt: '2025-09-19T20:00:00Z',
        },
      ],
    });
    await seedBuiltInResults(db);
    const data = (await readLeagueData(db, LEAGUE_ID))!;
    const standings = computeStandings({
      season: data.season,
      members: data.members,
      picks: data.picks,
      results: data.results,
      rules: data.league.rules,
      ignoreLocks: true,
    });
    // Bob's exact Berlin podium: 3 + 3 + 3 + 2 = 11.
    expect(standings.rows.find((r) => r.memberId === 'bob')!.byRace[R2_GF]).toBe(11);

    renderAt('/leaderboard');
    const note = await screen.findByText(/Graded from a partial result:/);
    expect(note.closest('p')!.textContent).toContain('Round 2 – Berlin · Grand Final (podium only)');
    const waiting = screen.getByText(/Not graded until P1–P3 are known:/).closest('p')!;
    expect(waiting.textContent).toContain('Round 3 – Los Angeles · Grand Final (winner only)');
  });

  it('shows the 2025 champion and the stated standings with their sources on the Season screen', async () => {
    // A league played live: a blind replay league would keep the champion hidden (spoiler-guard.test.tsx).
    await seedFriendsLeague({ replay: false });
    renderAt('/season');
    const panel = (await screen.findByRole('heading', { name: 'Championship' })).closest('section')!;
    const champion = within(panel)
      .getByText(/Nations Cup champion/)
      .closest('p')!;
    expect(champion.textContent).toContain('Jose Serrano');
    expect(champion.textContent).toContain('https://car.watch.impress.co.jp/docs/news/2073124.html');
    const afterBerlin = within(panel).getByRole('article', { name: 'Standings after Round 2 – Berlin' });
    expect(
      within(afterBerlin)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['not statedES Jose Serrano12', 'not statedIT Valerio Gallo9', 'not statedES Pol Urra6']);
  });
});
