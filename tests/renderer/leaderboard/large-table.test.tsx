/**
 * The standings table of a league too large to render whole: rows are
 * virtualised and not rendered again while scrolling, which must not keep a
 * row in view from showing new points.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { computeStandings, DEFAULT_RULES } from '../../../shared/scoring';
import { getBuiltInSeason } from '../../../shared/seasons';
import { db } from '../../../renderer/src/db';
import { VIRTUAL_THRESHOLD } from '../../../renderer/src/screens/leaderboard/VirtualTable';
import { LEAGUE_ID, londonResult, MEMBERS, R1_GF, R1_PICKS, R2_GF, seedFriendsLeague, setNow } from './seed';
import { renderLeaderboard } from './render';

afterEach(cleanup);

const GUESTS = Array.from({ length: VIRTUAL_THRESHOLD + 10 }, (_, i) => ({
  id: `guest-${i + 1}`,
  name: `Guest number ${String(i + 1).padStart(2, '0')}`,
}));

// jsdom lays nothing out: give the scroll box the size of a window's worth of rows.
const sizes = ['clientHeight', 'clientWidth'] as const;
const original = sizes.map((key) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
beforeAll(() => {
  for (const key of sizes)
    Object.defineProperty(HTMLElement.prototype, key, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('lb-scroll') ? (key === 'clientHeight' ? 600 : 1200) : 0;
      },
    });
});
afterAll(() => {
  sizes.forEach((key, i) => {
    const descriptor = original[i];
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
    else delete (HTMLElement.prototype as Partial<Record<(typeof sizes)[number], number>>)[key];
  });
});

const BOB_R2 = ['jose-serrano', 'pol-urra', 'valerio-gallo'] as [string, string, string];

/** Bob's points as the engine counts them, with or without his Round 2 pick. */
function bobPoints(withR2Pick: boolean): number {
  const picks = Object.entries(R1_PICKS).map(([memberId, podium]) => ({
    memberId,
    raceId: R1_GF,
    podium,
    madeAt: '2025-06-06T20:00:00Z',
    ...(memberId === 'alice' ? { joker: true } : {}),
  }));
  if (withR2Pick)
    picks.push({ memberId: 'bob', raceId: R2_GF, podium: BOB_R2, madeAt: '2025-09-01T00:00:00Z' });
  const standings = computeStandings({
    season: getBuiltInSeason('gtws-2025')!,
    members: MEMBERS,
    picks,
    results: [londonResult(), { ...londonResult(), raceId: R2_GF }],
    rules: { ...DEFAULT_RULES, joker: true },
    ignoreLocks: true,
  });
  return standings.rows.find((row) => row.memberId === 'bob')!.points;
}

function rowOf(table: HTMLElement, name: string): HTMLElement {
  return within(table)
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('tr')!;
}

describe('a standings table of more members than it renders', () => {
  beforeEach(async () => {
    // A live league: Bob may still change his Round 2 pick before that race starts.
    await seedFriendsLeague({ replay: false });
    await db.members.bulkPut(
      GUESTS.map((guest, i) => ({
        ...guest,
        leagueId: LEAGUE_ID,
        createdAt: `2025-05-02T10:${String(i).padStart(2, '0')}:00Z`,
      })),
    );
    await db.results.put({ ...londonResult(), raceId: R2_GF });
  });

  it('renders only the rows in view, and a row in view shows new points when a pick changes', async () => {
    renderLeaderboard();
    const table = await screen.findByRole('table', { name: 'Season standings' });
    const members = MEMBERS.length + GUESTS.length;
    expect(table.getAttribute('aria-rowcount')).toBe(String(members + 1));
    const rendered = table.querySelectorAll('tbody tr[data-row]').length;
    expect(rendered).toBeGreaterThan(MEMBERS.length);
    expect(rendered).toBeLessThan(members);
    const points = () => rowOf(table, 'Bob').querySelector('.lb-points')!.textContent;
    expect(points()).toBe(String(bobPoints(false)));

    setNow('2025-09-01T00:00:00Z');
    await db.picks.put({
      leagueId: LEAGUE_ID,
      memberId: 'bob',
      raceId: R2_GF,
      podium: BOB_R2,
      madeAt: '2025-09-01T00:00:00Z',
    });
    expect(bobPoints(true)).not.toBe(bobPoints(false));
    await waitFor(() => expect(points()).toBe(String(bobPoints(true))));
  });

  it('sizes its columns with a hidden row holding the longest name, without controls', async () => {
    renderLeaderboard();
    const table = await screen.findByRole('table', { name: 'Season standings' });
    const sizer = table.querySelector<HTMLElement>('tr.lb-sizer')!;
    expect(sizer.getAttribute('aria-hidden')).toBe('true');
    expect(sizer.querySelector('button, a, [tabindex]')).toBeNull();
    expect(sizer.querySelector('th')!.textContent).toContain('Guest number 01');
    // Not a row for assistive technology: the table's rows are its header and its member rows.
    expect(within(table).getAllByRole('row')).toHaveLength(
      1 + table.querySelectorAll('tbody tr[data-row]').length,
    );
  });
});
