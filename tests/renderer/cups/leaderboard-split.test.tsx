/**
 * The leaderboard of a league with both cups: the total, then a column per
 * cup whose numbers add up to it, in the table, the member breakdown and the
 * race selector. A league with one cup shows no split.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../renderer/src/db';
import type { PickRecord } from '../../../renderer/src/db/records';
import { clock } from '../../../renderer/src/app/clock';
import { LEAGUE_ID, seedFriendsLeague } from '../leaderboard/seed';
import { renderLeaderboard } from '../leaderboard/render';
import { MANUFACTURERS_GF, storeSeasonWithTeams } from './team-season';
import { classification } from '../../fixtures/classification';

afterEach(cleanup);

// Whole screens with live queries: slow when the suite runs files side by side.
const PATIENTLY = { timeout: 5000 };

// Friends league (London Grand Final, Alice's joker on Round 1) plus team picks on London's Manufacturers Cup Grand Final.
const TEAM_PICKS: Record<string, [string, string, string]> = {
  alice: ['subaru', 'bmw', 'porsche'],
  bob: ['bmw', 'subaru', 'mazda'],
  dan: ['subaru', 'porsche', 'bmw'],
};

async function seedBothCups(cups: ('nations' | 'manufacturers')[]) {
  await seedFriendsLeague({ rules: { cups } });
  await storeSeasonWithTeams(db);
  const madeAt = '2025-06-06T21:00:00Z';
  const now = clock.now;
  clock.now = () => Date.parse(madeAt);
  try {
    const picks: PickRecord[] = Object.entries(TEAM_PICKS).map(([memberId, podium]) => ({
      leagueId: LEAGUE_ID,
      memberId,
      raceId: MANUFACTURERS_GF,
      podium,
      madeAt,
      ...(memberId === 'alice' ? { joker: true } : {}),
    }));
    await db.picks.bulkPut(picks);
  } finally {
    clock.now = now;
  }
  await db.results.put({
    raceId: MANUFACTURERS_GF,
    classification: classification(['subaru', 'bmw', 'porsche', 'mazda']),
  });
}

function table() {
  return screen.findByRole('table', { name: 'Season standings' });
}

/** Each member row's cells as text, without the "You" badge after a name. */
function memberRows(standings: HTMLElement): string[][] {
  return within(standings)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/You$/, '')));
}

/** The head cells' texts of a table. */
function headTexts(standings: HTMLElement): (string | null)[] {
  return within(standings)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
}

describe('leaderboard of a league with both cups', { timeout: 30_000 }, () => {
  it('shows the total and the points of each cup, which add up to it', async () => {
    await seedBothCups(['nations', 'manufacturers']);
    renderLeaderboard();
    const standings = await table();
    const head = headTexts(standings);
    expect(head.slice(0, 6)).toEqual([
      'Rank',
      'Move',
      'Member',
      'Points',
      'Nations Cup',
      'Manufacturers Cup',
    ]);
    await waitFor(
      () =>
        expect(memberRows(standings).map((cells) => cells.slice(2, 6))).toEqual([
          // Alice: perfect in both cups (11 + 11) doubled by her joker.
          ['Alice', '44', '22', '22'],
          // Dan: two exact Nations slots (6); Subaru exact, Porsche and BMW on the podium (3 + 1 + 1).
          ['Dan', '11', '6', '5'],
          // Bob: two drivers and two teams on the podium in other slots.
          ['Bob', '4', '2', '2'],
          ['Carol', '2', '2', '0'],
        ]),
      PATIENTLY,
    );
    // The breakdown says the same split in words.
    fireEvent.click(within(standings).getByRole('button', { name: 'Dan' }));
    const breakdown = await screen.findByRole('region', { name: /Dan/ });
    expect(breakdown.textContent).toContain('Nations Cup 6 pts · Manufacturers Cup 5 pts');
    expect(breakdown.textContent).toContain('Grand Final · Manufacturers Cup');
  });

  it('names the cup of each race in the race view', async () => {
    await seedBothCups(['nations', 'manufacturers']);
    renderLeaderboard('/leaderboard?view=races');
    const select = await screen.findByLabelText('Race');
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options.slice(0, 2)).toEqual(['R1 Grand Final', 'R1 Grand Final · Manufacturers Cup']);
  });

  it('shows no split, and no Manufacturers Cup points, in a league of the Nations Cup only', async () => {
    await seedBothCups(['nations']);
    renderLeaderboard();
    const standings = await table();
    const head = headTexts(standings);
    expect(head).not.toContain('Nations Cup');
    expect(head).not.toContain('Manufacturers Cup');
    await waitFor(
      () => expect(memberRows(standings).map((cells) => cells[3])).toEqual(['22', '6', '2', '2']),
      PATIENTLY,
    );
  });
});
