import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../renderer/src/db';
import type { PickRecord } from '../../../renderer/src/db/records';
import { deriveStandings } from '../../../renderer/src/hooks/useStandings';
import { readLeagueData } from '../../../renderer/src/hooks/useLeagueData';
import { csvField, exportFileName, standingsCsv } from '../../../renderer/src/lib/standings-export';
import { csvHeaders } from '../../../renderer/src/lib/export-words';
import { i18n } from '../../../renderer/src/i18n/setup';

/** The English translator with the leaderboard catalogue loaded (the CSV's headers). */
async function englishT() {
  await i18n.loadNamespaces('leaderboard');
  return i18n.getFixedT('en');
}
import {
  LEAGUE_ID,
  LONDON_ORDER,
  londonResult,
  R2_GF,
  resetDatabase,
  seedFriendsLeague,
  setNow,
} from './seed';
import { renderLeaderboard } from './render';
import { makePick } from '../../fixtures/picks';

afterEach(cleanup);

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('CSV export', () => {
  it('has rank, member, points, exact, perfect podiums, winners and a column per round', async () => {
    await seedFriendsLeague();
    const ls = deriveStandings((await readLeagueData(db, LEAGUE_ID))!);
    const csv = standingsCsv(ls.standings, ls.rounds, csvHeaders(await englishT()));
    // The BOM makes Excel read UTF-8 (round names with dashes, members with accents).
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'rank,member,points,exact,perfect podiums,winners,Round 1 – London,Round 2 – Berlin,Round 3 – Los Angeles,World Finals – Fukuoka',
      '1,Alice,22,3,1,1,22,,,',
      '2,Dan,6,2,0,1,6,,,',
      '3,Bob,2,0,0,0,2,,,',
      '3,Carol,2,0,0,0,2,,,',
      '',
    ]);
  });

  it('quotes separators and keeps formula-looking names as text', () => {
    expect(csvField('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvField('Say "hi"')).toBe('"Say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-3)).toBe('-3');
    expect(exportFileName('Sunday Sofa GP!', 'csv')).toBe('sunday-sofa-gp-standings.csv');
    expect(exportFileName('Ünïcodé', 'png')).toBe('unicode-standings.png');
  });
});

describe('what-ifs', () => {
  it('re-ranks the same picks under another preset', async () => {
    await seedFriendsLeague();
    renderLeaderboard('/leaderboard?view=whatifs');
    // The what-ifs panel is loaded on demand: allow for a slow machine.
    const select = await screen.findByLabelText('Preset', undefined, { timeout: 5000 });
    fireEvent.change(select, { target: { value: 'proximity' } });
    const table = await screen.findByRole('table', { name: 'Standings under Proximity' });
    // Proximity: Alice 3×3 + 10 doubled = 38; Bob's three adjacent slots break the tie with Carol.
    await waitFor(() =>
      expect(rowTexts(table).map((cells) => cells.slice(0, 3))).toEqual([
        ['1', 'Alice', '38'],
        ['2', 'Dan', '6'],
        ['3', 'Bob', '3'],
        ['4', 'Carol', '0'],
      ]),
    );
    expect(rowTexts(table)[3]![4]).toBe('▼1Down 1 -2 pts');
    fireEvent.change(select, { target: { value: 'distance' } });
    const distance = await screen.findByRole('table', { name: 'Standings under Distance' });
    expect(rowTexts(distance)[0]!.slice(0, 3)).toEqual(['1', 'Alice', '150']);
  });

  it('lists who can still win with the maximum still available', async () => {
    await seedFriendsLeague();
    renderLeaderboard('/leaderboard?view=whatifs');
    const table = await screen.findByRole('table', { name: 'Members who can still win' });
    // Two Grand Finals and three World Finals races (11 each) to go: everyone is still in it.
    expect(rowTexts(table).map((cells) => cells[0])).toEqual(['Alice', 'Dan', 'Bob', 'Carol']);
    expect(document.body.textContent).toMatch(/5 races to go, up to 11 points each/);
  });

  it('shows who gained and lost after a corrected result was re-imported', async () => {
    await seedFriendsLeague();
    // The stored result is a correction: the first import had Urra and Serrano swapped.
    const swapped = [...LONDON_ORDER];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    await db.imports.bulkAdd([
      {
        raceId: londonResult().raceId,
        fileName: 'first.txt',
        sha256: 'a',
        importedAt: '2025-06-07T18:00:00Z',
        format: 'official-text',
        rowCount: 12,
        replaced: null,
      },
      {
        raceId: londonResult().raceId,
        fileName: 'corrected.txt',
        sha256: 'b',
        importedAt: '2025-06-08T09:00:00Z',
        format: 'official-text',
        rowCount: 12,
        replaced: londonResult(swapped),
      },
    ]);
    renderLeaderboard('/leaderboard?view=whatifs');
    const table = await screen.findByRole('table', { name: 'Standings change after the correction' });
    expect(screen.getByText(/corrected\.txt replaced the earlier result/)).toBeTruthy();
    const rows = rowTexts(table);
    // Before the correction Bob had Urra P1 / Serrano P2 exact (3+3+0 = 6); now 2.
    const bob = rows.find((cells) => cells[1] === 'Bob')!;
    expect(bob[2]).toBe('2');
    expect(bob[3]).toBe('#2 · 6');
    expect(bob[4]).toContain('-4 pts');
    const alice = rows.find((cells) => cells[1] === 'Alice')!;
    expect(alice[4]).toContain('+12 pts');
  });

  it('says so when no result was corrected', async () => {
    await seedFriendsLeague();
    renderLeaderboard('/leaderboard?view=whatifs');
    expect(await screen.findByText(/No result of this season has been re-imported/)).toBeTruthy();
  });
});

describe('race view', () => {
  const league = { leagueId: LEAGUE_ID };
  const r2Picks: PickRecord[] = [
    makePick('alice', R2_GF, ['pol-urra', 'jose-serrano', 'valerio-gallo'], '2025-09-01T00:00:00Z', league),
    makePick('bob', R2_GF, ['kaj-de-bruin', 'jose-serrano', 'valerio-gallo'], '2025-09-01T00:00:00Z', league),
  ];

  async function openRace(raceLabel: string) {
    renderLeaderboard('/leaderboard?view=races');
    fireEvent.change(await screen.findByLabelText('Race'), { target: { value: raceLabel } });
  }

  it('before the lock shows only the active member’s own pick', async () => {
    setNow('2025-09-10T12:00:00Z');
    await seedFriendsLeague({ replay: false, extraPicks: r2Picks });
    await openRace(R2_GF);
    const table = await screen.findByRole('table', { name: /Picks for Round 2/ });
    expect(rowTexts(table)).toEqual([['AliceYou', 'Pol Urra', 'Jose Serrano', 'Valerio Gallo', '–']]);
    expect(screen.getByRole('note').textContent).toMatch(/appear when the race locks/);
    expect(document.body.textContent).not.toContain('Kaj de Bruin');
  });

  it('after the lock shows everyone’s picks', async () => {
    setNow('2025-09-10T12:00:00Z');
    await seedFriendsLeague({ replay: false, extraPicks: r2Picks });
    setNow('2025-09-20T14:00:00Z');
    await openRace(R2_GF);
    const table = await screen.findByRole('table', { name: /Picks for Round 2/ });
    await waitFor(() => expect(rowTexts(table)).toHaveLength(4));
    expect(
      rowTexts(table)
        .find((cells) => cells[0] === 'Bob')!
        .slice(1, 4),
    ).toEqual(['Kaj de Bruin', 'Jose Serrano', 'Valerio Gallo']);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('in a replay league hides others’ picks until the race has a result', async () => {
    await seedFriendsLeague({ replay: true, extraPicks: r2Picks });
    await openRace(R2_GF);
    const table = await screen.findByRole('table', { name: /Picks for Round 2/ });
    expect(rowTexts(table)).toHaveLength(1);
    expect(screen.getByRole('note').textContent).toMatch(/once this race has a result/);
  });

  it('with a result shows the actual podium and each pick’s points', async () => {
    await seedFriendsLeague();
    renderLeaderboard('/leaderboard?view=races');
    const podium = await screen.findByRole('group', { name: 'Actual podium' });
    expect(
      within(podium)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 Jose Serrano', '2 Pol Urra', '3 Valerio Gallo']);
    const table = screen.getByRole('table', { name: /Picks for Round 1/ });
    expect(rowTexts(table).map((cells) => [cells[0], cells[4]])).toEqual([
      ['AliceYouJoker', '22'],
      ['Dan', '6'],
      ['Bob', '2'],
      ['Carol', '2'],
    ]);
    expect(rowTexts(table)[2]![1]).toBe('Pol UrraP2');
  });
});

describe('large league', () => {
  it('renders a 1,000-member table with only the rows in view, keeping the row count for assistive tech', async () => {
    await resetDatabase();
    await db.leagues.put({
      id: 'big',
      name: 'Big',
      seasonId: 'gtws-2025',
      rules: { preset: 'classic', joker: false, uniqueBonus: false, dropWorst: 0, missedRace: 'zero' },
      createdAt: '2025-01-01T00:00:00Z',
      replay: true,
    });
    const members = Array.from({ length: 1000 }, (_, i) => ({
      leagueId: 'big',
      id: `m${i}`,
      name: `Member ${String(i).padStart(4, '0')}`,
      createdAt: '2025-01-01T00:00:00Z',
    }));
    await db.members.bulkPut(members);
    await db.picks.bulkPut(
      members.map((m, i) => ({
        leagueId: 'big',
        memberId: m.id,
        raceId: londonResult().raceId,
        podium: [LONDON_ORDER[i % 12]!, LONDON_ORDER[(i + 1) % 12]!, LONDON_ORDER[(i + 2) % 12]!] as [
          string,
          string,
          string,
        ],
        madeAt: '2025-06-01T00:00:00Z',
      })),
    );
    await db.results.put(londonResult());
    await db.settings.put({ key: 'activeLeagueId', value: 'big' });
    renderLeaderboard();
    const table = await screen.findByRole('table', { name: 'Season standings' });
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    const rendered = within(table)
      .getAllByRole('row')
      .filter((row) => row.hasAttribute('aria-rowindex'));
    expect(rendered.length).toBeLessThan(100);
    expect(screen.getByRole('region', { name: 'Season standings (scrollable)' })).toBeTruthy();
  });
});
