import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { computeStandings, type Standings } from '../../../shared/scoring';
import { db } from '../../../renderer/src/db';
import { createDemoLeagues } from '../../../renderer/src/demo/demo';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { deriveStandings } from '../../../renderer/src/hooks/useStandings';
import { standingsCsv } from '../../../renderer/src/lib/standings-export';
import { csvHeaders } from '../../../renderer/src/lib/export-words';
import { i18n } from '../../../renderer/src/i18n/setup';

/** The English translator with the leaderboard catalogue loaded (the CSV's headers). */
async function englishT() {
  await i18n.loadNamespaces('leaderboard');
  return i18n.getFixedT('en');
}
import { resetDatabase } from './seed';
import { renderLeaderboard } from './render';

afterEach(cleanup);

const DEMO_ID = 'demo-2025-london';

/** The engine called directly on the stored records: what the screen must show. */
async function expectedStandings(): Promise<Standings> {
  const data = (await readLeagueData(db, DEMO_ID))!;
  return computeStandings({
    season: data.season,
    members: data.members,
    picks: data.picks,
    results: data.results,
    rules: data.league.rules,
    ignoreLocks: data.league.replay === true,
  });
}

function cellsOf(table: HTMLElement, name: string): string[] {
  const row = within(table)
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('tr')!;
  return [...row.children].map((cell) => cell.textContent ?? '');
}

describe('the demo league’s leaderboard', () => {
  beforeEach(async () => {
    await resetDatabase();
    await createDemoLeagues(db);
  });

  it('shows the engine’s standings: ranks with a shared one, points, tie-breaks and the joker round', async () => {
    const expected = await expectedStandings();
    const tied = expected.rows.filter((row, i, rows) => rows.some((o, j) => j !== i && o.rank === row.rank));
    const joker = expected.rows.filter((row) => row.jokerRoundId !== null);
    // The demo is built to show both; if it changes, this test must be revisited.
    expect(tied.length).toBeGreaterThanOrEqual(2);
    expect(joker.length).toBeGreaterThanOrEqual(1);

    renderLeaderboard();
    const table = await screen.findByRole('table', { name: 'Season standings' });
    const order = within(table)
      .getAllByRole('rowheader')
      .map((cell) => within(cell).getByRole('button').textContent);
    expect(order).toEqual(expected.rows.map((row) => row.name));
    for (const row of expected.rows) {
      const [rank, , , points, exact, perfect, winners, r1] = cellsOf(table, row.name);
      expect(rank).toBe(tied.includes(row) ? `=${row.rank}` : String(row.rank));
      expect(Number(points)).toBe(row.points);
      expect(Number(exact)).toBe(row.exact);
      expect(Number(perfect)).toBe(row.perfectPodiums);
      expect(Number(winners)).toBe(row.winners);
      const r1Points = row.byRound['gtws-2025-r1'];
      expect(r1).toBe(
        row.jokerRoundId === 'gtws-2025-r1' ? `${r1Points}J (joker, doubled)` : String(r1Points),
      );
    }
  });

  it('explains the joker member’s pick line by line', async () => {
    const expected = await expectedStandings();
    const joker = expected.rows.find((row) => row.jokerRoundId !== null)!;
    renderLeaderboard();
    const table = await screen.findByRole('table', { name: 'Season standings' });
    fireEvent.click(within(table).getByRole('button', { name: joker.name }));
    const panel = await screen.findByRole('region', { name: `${joker.name}’s picks` });
    expect(panel.textContent).toMatch(/Joker round ×2: \+\d+/);
    expect(panel.textContent).toContain(`Total: ${joker.byRace['gtws-2025-r1-nations-gf']}`);
    expect(within(panel).getAllByText(/^P[123] pick /)).toHaveLength(3);
  });

  it('exports a CSV with one line per member in table order', async () => {
    const expected = await expectedStandings();
    const ls = deriveStandings((await readLeagueData(db, DEMO_ID))!);
    const lines = standingsCsv(ls.standings, ls.rounds, csvHeaders(await englishT()))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'rank,member,points,exact,perfect podiums,winners,Round 1 – London,Round 2 – Berlin,Round 3 – Los Angeles,World Finals – Fukuoka',
    );
    expect(lines.slice(1)).toEqual(
      expected.rows.map((row) =>
        [
          row.rank,
          row.name,
          row.points,
          row.exact,
          row.perfectPodiums,
          row.winners,
          row.byRound['gtws-2025-r1'],
          '',
          '',
          '',
        ].join(','),
      ),
    );
  });
});
