import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { computeStandings, DEFAULT_RULES, type Standings } from '../../../shared/scoring';
import { getBuiltInSeason } from '../../../shared/seasons';
import { db } from '../../../renderer/src/db';
import { londonResult, MEMBERS, R1_GF, R1_PICKS, seedFriendsLeague } from './seed';
import { renderLeaderboard } from './render';

afterEach(cleanup);

const season = getBuiltInSeason('gtws-2025')!;

function engineStandings(): Standings {
  return computeStandings({
    season,
    members: MEMBERS,
    picks: Object.entries(R1_PICKS).map(([memberId, podium]) => ({
      memberId,
      raceId: R1_GF,
      podium,
      madeAt: '2025-06-06T20:00:00Z',
      ...(memberId === 'alice' ? { joker: true } : {}),
    })),
    results: [londonResult()],
    rules: { ...DEFAULT_RULES, joker: true },
    ignoreLocks: true,
  });
}

async function standingsTable() {
  return screen.findByRole('table', { name: 'Season standings' });
}

/** Cell texts of the body row whose header cell (member) is `name`. */
function rowCells(table: HTMLElement, name: string): string[] {
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const row = header.closest('tr')!;
  return [...row.children].map((cell) => cell.textContent ?? '');
}

describe('season standings', () => {
  beforeEach(() => seedFriendsLeague());

  it('marks YOU on the member this computer belongs to, not on whoever is picking', async () => {
    await db.settings.put({ key: 'activeMemberId', value: 'dan' });
    renderLeaderboard();
    const table = await standingsTable();
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getByRole('rowheader').textContent);
    await waitFor(() => expect(names()).toEqual(['AliceYou', 'Dan', 'Bob', 'Carol']));
    await db.settings.put({ key: 'owner:lb-friends', value: 'carol' });
    await waitFor(() => expect(names()).toEqual(['Alice', 'Dan', 'Bob', 'CarolYou']));
  });

  it('shows exactly the engine’s numbers, with a shared rank and the joker round', async () => {
    renderLeaderboard();
    const table = await standingsTable();
    const expected = engineStandings();
    // Sanity of the fixture itself: the tie and the joker are really there.
    expect(expected.rows.map((r) => [r.name, r.rank, r.points])).toEqual([
      ['Alice', 1, 22],
      ['Dan', 2, 6],
      ['Bob', 3, 2],
      ['Carol', 3, 2],
    ]);
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'AliceYou',
      'Dan',
      'Bob',
      'Carol',
    ]);
    for (const row of expected.rows) {
      const [rank, , , points, exact, perfect, winners, r1, r2] = rowCells(table, row.name);
      const shared = expected.rows.filter((r) => r.rank === row.rank).length > 1;
      expect(rank).toBe(shared ? `=${row.rank}` : String(row.rank));
      expect(Number(points)).toBe(row.points);
      expect(Number(exact)).toBe(row.exact);
      expect(Number(perfect)).toBe(row.perfectPodiums);
      expect(Number(winners)).toBe(row.winners);
      expect(r1).toContain(String(row.byRound['gtws-2025-r1']));
      expect(r2).toBe('·');
    }
    expect(rowCells(table, 'Alice')[7]).toBe('22J (joker, doubled)');
    expect(rowCells(table, 'Dan')[7]).toBe('6');
    expect(table.getAttribute('aria-rowcount')).toBe('5');
    const statuses = screen.getAllByRole('status').map((el) => el.textContent);
    expect(statuses).toContain('1 Alice leads with 22 points');
  });

  it('opens a member’s picks with the engine’s breakdown lines on click and closes them', async () => {
    renderLeaderboard();
    const table = await standingsTable();
    fireEvent.click(within(table).getByRole('button', { name: 'Alice' }));
    const panel = await screen.findByRole('region', { name: 'Alice’s picks' });
    const text = panel.textContent ?? '';
    expect(text).toContain('P1 pick Jose Serrano finished P1: +3');
    expect(text).toContain('P2 pick Pol Urra finished P2: +3');
    expect(text).toContain('Perfect podium: +2');
    expect(text).toContain('Joker round ×2: +11');
    expect(text).toContain('Total: 22');
    expect(within(table).getByRole('button', { name: 'Alice' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close Alice’s picks' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Alice’s picks' })).toBeNull());
  });

  it('selects a member by clicking anywhere on the row', async () => {
    renderLeaderboard();
    const table = await standingsTable();
    const bob = within(table).getByRole('rowheader', { name: 'Bob' }).closest('tr')!;
    fireEvent.click(bob.querySelector('td')!);
    const panel = await screen.findByRole('region', { name: 'Bob’s picks' });
    expect(panel.textContent).toContain('P1 pick Pol Urra finished P2: +1 (on the podium)');
    expect(panel.textContent).toContain('P3 pick Takuma Sasaki finished P4: 0');
  });

  it('shows movement since the previous graded round', async () => {
    // A second graded round where Carol wins everything moves her from =3 to 2.
    await db.picks.put({
      leagueId: 'lb-friends',
      memberId: 'carol',
      raceId: 'gtws-2025-r2-nations-gf',
      podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
      madeAt: '2025-09-01T00:00:00Z',
    });
    await db.results.put({ ...londonResult(), raceId: 'gtws-2025-r2-nations-gf' });
    renderLeaderboard();
    const table = await standingsTable();
    await waitFor(() => expect(rowCells(table, 'Carol')[0]).toBe('2'));
    expect(rowCells(table, 'Carol')[1]).toBe('▲1Up 1');
    expect(rowCells(table, 'Dan')[1]).toBe('▼1Down 1');
    expect(rowCells(table, 'Alice')[1]).toBe('–No change');
  });
});

describe('empty states', () => {
  it('says there is no league and links to create one', async () => {
    await seedFriendsLeague();
    await db.leagues.clear();
    renderLeaderboard();
    const empty = await screen.findByRole('region', { name: 'No league yet' });
    expect(within(empty).getByRole('link', { name: 'Create a league' })).toBeTruthy();
  });

  it('before any result everyone is on 0 and the screen says why', async () => {
    await seedFriendsLeague({ withResult: false });
    renderLeaderboard();
    const table = await standingsTable();
    expect(await screen.findByText(/No results yet: everyone is on 0 points/)).toBeTruthy();
    for (const member of MEMBERS) expect(rowCells(table, member.name)[3]).toBe('0');
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeTruthy();
  });

  it('without members it asks to add them', async () => {
    await seedFriendsLeague();
    await db.members.clear();
    renderLeaderboard();
    expect(await screen.findByRole('region', { name: 'No members yet' })).toBeTruthy();
  });
});
