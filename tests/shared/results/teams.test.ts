/**
 * Manufacturers Cup tables: a team and its driver(s) per row, as the official
 * report prints them ("Rank Manufacturer / Drivers Time"), in pipe tables,
 * CSV and JSON; matched to the season's teams by team name, driver name or
 * PSN ID, and assigned to the Manufacturers race.
 */
import { describe, expect, it } from 'vitest';
import type { Season } from '../../../shared/domain/types';
import { handEntryText, parseResultsText, planResultsText, toContractJson } from '../../../shared/results';
import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import { fixtureText } from './helpers';
import { season2018Teams, seasonWithTeams } from './team-season';

const MC_2018 = fixtureText('2018-wf-manufacturer-series-final.txt');
const MC_2025_R1 = fixtureText('2025-r1-london-manufacturers.txt');
const season2025 = seasonWithTeams();
const gf2025 = season2025.rounds[0]!.races.find((r) => r.id === 'gtws-2025-r1-manufacturers-gf')!;

describe('the official Manufacturer / Drivers table', () => {
  const outcome = parseResultsText(MC_2018, { season: season2018Teams() });
  const [race] = outcome.races;

  it('is a Manufacturers Cup table: team, its three drivers and the time of each row', () => {
    expect(outcome.races).toHaveLength(1);
    expect(race!.cup).toBe('manufacturers');
    expect(race!.rows.map((r) => [r.position, r.team, r.driver, r.time, r.timeMs, r.gapMs])).toEqual([
      [1, 'Lexus', 'Tyrell Meadows / Vincent Rigaud / Kanata Kawakami', '58:34.493', 3514493, 0],
      [2, 'Toyota', 'Agustín Cajal / Rayan Derrouiche / Tomoaki Yamanaka', '+05.291', 3519784, 5291],
      [
        3,
        'Aston Martin',
        'Jonathan Bucha / Thomas Compton-Mcpherson / Yoshiharu Imai',
        '+05.624',
        3520117,
        5624,
      ],
      [4, 'Mitsubishi', 'Jamon Szkoruda / James Adams / Shogo Yoshida', '+05.859', 3520352, 5859],
    ]);
  });

  it('matches rows to teams by name (two-word names included), the entry id being the team id', () => {
    expect(race!.rows.slice(0, 3).map((r) => [r.driverId, r.match?.via, r.match?.method])).toEqual([
      ['lexus', 'team', 'exact'],
      ['toyota', 'team', 'exact'],
      ['aston-martin', 'team', 'exact'],
    ]);
  });

  it('reports a team that is not in the season, naming it, and does not guess one', () => {
    expect(race!.rows[3]!.driverId).toBeNull();
    const issue = outcome.issues.find((i) => i.line === race!.rows[3]!.line);
    expect(issue).toMatchObject({ severity: 'error', code: 'unknown-team' });
    expect(issue!.message).toContain('Mitsubishi');
    expect(outcome.issues).toHaveLength(1);
  });

  it('is found without its header too, by the known team names at the start of its rows', () => {
    const rows = MC_2018.split('\n')
      .filter((l) => /^\d /.test(l))
      .join('\n');
    const bare = parseResultsText(`Manufacturer Series Final\n\n${rows}`, { season: season2018Teams() });
    expect(bare.races[0]!.cup).toBe('manufacturers');
    expect(bare.races[0]!.rows.slice(0, 3).map((r) => r.driverId)).toEqual([
      'lexus',
      'toyota',
      'aston-martin',
    ]);
  });

  it('reads a localized header the same way (Spanish, Portuguese, Japanese)', () => {
    for (const header of [
      'Pos. Fabricante / Pilotos Tiempo',
      'Classificação Fabricante / Pilotos Tempo',
      '順位 メーカー / ドライバー タイム',
    ]) {
      const text = MC_2018.replace('Rank Manufacturer / Drivers Time', header);
      const read = parseResultsText(text, { season: season2018Teams() });
      expect(read.races[0]!.rows.map((r) => r.driverId)).toEqual(['lexus', 'toyota', 'aston-martin', null]);
    }
  });
});

describe('team matching', () => {
  const csv = (rows: string) => `Position,Team,Driver,PSN ID,Points\n${rows}`;

  it.each([
    {
      by: 'team name, accents and case aside',
      rows: '1,porsche,,,6\n2,MERCEDES AMG,,,5\n',
      expected: [
        ['porsche', 'team', 'accent-insensitive'],
        ['mercedes-amg', 'team', 'accent-insensitive'],
      ],
    },
    {
      by: 'a driver name when the team cell is empty or misspelt',
      rows: '1,,Shota Sato,,6\n2,Subaro,Takuma Miyazono,,5\n',
      expected: [
        ['porsche', 'driver', 'exact'],
        ['subaru', 'driver', 'exact'],
      ],
    },
    {
      by: 'a PSN ID',
      rows: '1,,,Kerokkuma_ej20,6\n2,,,half-spiritcrv86,5\n',
      expected: [
        ['subaru', 'psn-id', 'psn-id'],
        ['bmw', 'psn-id', 'psn-id'],
      ],
    },
  ])('by $by', ({ rows, expected }) => {
    const read = parseResultsText(csv(rows), { season: season2025 });
    expect(read.races[0]!.rows.map((r) => [r.driverId, r.match?.via, r.match?.method])).toEqual(expected);
    expect(read.issues).toEqual([]);
  });

  it('by a driver written in Japanese when the team name is in katakana', () => {
    const withAlias = {
      ...season2025,
      drivers: season2025.drivers.map((d) =>
        d.id === 'takuma-miyazono' ? { ...d, aliases: [...d.aliases, '宮園拓真'] } : d,
      ),
    };
    const read = parseResultsText('順位 メーカー / ドライバー\n1 スバル 宮園拓真\n2 BMW Seiya Suzuki\n', {
      season: withAlias,
    });
    expect(read.races[0]!.rows.map((r) => [r.team, r.driver, r.driverId, r.match?.via])).toEqual([
      ['スバル', '宮園拓真', 'subaru', 'driver'],
      ['BMW', 'Seiya Suzuki', 'bmw', 'team'],
    ]);
  });

  it('never when the drivers belong to different teams or to none', () => {
    const read = parseResultsText(csv('1,,Shota Sato / Seiya Suzuki,,6\n2,,Jorge Serrano,,5\n'), {
      season: season2025,
    });
    expect(read.races[0]!.rows.map((r) => r.driverId)).toEqual([null, null]);
    expect(read.issues.map((i) => i.code)).toEqual(['unknown-team', 'unknown-team']);
  });
});

describe('the 2025 Round 1 Manufacturers Cup Grand Final', () => {
  const seasons = [season2025, ...BUILT_IN_SEASONS.filter((s) => s.id !== 'gtws-2025')];

  it('from the report text: assigned to gtws-2025-r1-manufacturers-gf, rows matched to teams', () => {
    const plan = planResultsText(MC_2025_R1, seasons);
    expect(plan.seasonId).toBe('gtws-2025');
    expect(plan.tables[0]!.detection).toMatchObject({
      raceId: 'gtws-2025-r1-manufacturers-gf',
      cup: 'manufacturers',
    });
    expect(plan.outcome.races[0]!.rows.map((r) => [r.position, r.team, r.driver, r.driverId])).toEqual([
      [1, 'Subaru', 'Takuma Miyazono', 'subaru'],
      [2, 'BMW', 'Seiya Suzuki', 'bmw'],
    ]);
    expect(plan.outcome.issues).toEqual([]);
  });

  it('a Nations table in the same file stays in the Nations Cup', () => {
    const both = `${MC_2025_R1}\n\n${fixtureText('2025-r1-london-nations-grand-final-pipe.txt').split('\n').slice(1).join('\n')}`;
    const plan = planResultsText(both.replace(' - Manufacturers Cup', ''), seasons);
    expect(plan.tables.map((t) => t.detection.raceId)).toEqual([
      'gtws-2025-r1-manufacturers-gf',
      'gtws-2025-r1-nations-gf',
    ]);
  });

  it('checks listed points against the race and warns when they differ', () => {
    const text = MC_2025_R1.replace('Rank Manufacturer / Driver', 'Rank Manufacturer / Driver Points')
      .replace('Takuma Miyazono', 'Takuma Miyazono 6')
      .replace('Seiya Suzuki', 'Seiya Suzuki 4');
    const read = parseResultsText(text, { season: season2025, race: gf2025 });
    expect(read.races[0]!.rows.map((r) => r.points)).toEqual([6, 4]);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ severity: 'warning' });
    expect(read.issues[0]!.message).toContain('pays 5 for P2');
  });

  it('as a pipe table and as JSON with teamId, the same rows', () => {
    const pipe =
      'Grand Final\nRank | Manufacturer / Driver | Points |\n---|---|---|\n1 | Subaru Takuma Miyazono | 6 |\n2 | BMW Seiya Suzuki | 5 |\n';
    const json = JSON.stringify({
      races: [
        {
          raceId: 'gtws-2025-r1-manufacturers-gf',
          rows: [
            { position: 1, teamId: 'subaru', driver: 'Takuma Miyazono', points: 6 },
            { position: 2, teamId: 'bmw', points: 5 },
          ],
        },
      ],
    });
    for (const text of [pipe, json]) {
      const read = parseResultsText(text, { season: season2025 });
      expect(read.races[0]!.cup).toBe('manufacturers');
      expect(read.races[0]!.rows.map((r) => [r.driverId, r.points])).toEqual([
        ['subaru', 6],
        ['bmw', 5],
      ]);
      expect(read.issues).toEqual([]);
    }
  });

  it('prints teamId (and no driverId) on team rows of the contract JSON, which reads back the same', () => {
    const plan = planResultsText(MC_2025_R1, seasons);
    const json = toContractJson(
      plan.outcome,
      plan.tables.map((t) => t.detection),
    );
    expect(json.races[0]).toMatchObject({ cup: 'manufacturers', raceId: 'gtws-2025-r1-manufacturers-gf' });
    expect(json.races[0]!.rows.map((r) => [r.teamId, r.team, r.driver, r.driverId])).toEqual([
      ['subaru', 'Subaru', 'Takuma Miyazono', null],
      ['bmw', 'BMW', 'Seiya Suzuki', null],
    ]);
    const again = parseResultsText(JSON.stringify(json), { season: season2025 });
    expect(again.races[0]!.rows.map((r) => r.driverId)).toEqual(['subaru', 'bmw']);
  });

  it('entered by hand: the canonical text names teams by teamId and reads back as a team table', () => {
    const text = handEntryText(
      gf2025,
      [
        { driverId: 'subaru', name: 'Subaru' },
        { driverId: 'bmw', name: 'BMW' },
      ],
      season2025.entryLists.manufacturers.length,
    );
    const read = parseResultsText(text, { season: season2025 });
    expect(read.issues).toEqual([]);
    expect(read.races[0]).toMatchObject({ cup: 'manufacturers', partial: true });
    expect(read.races[0]!.rows.map((r) => [r.team, r.driverId])).toEqual([
      ['Subaru', 'subaru'],
      ['BMW', 'bmw'],
    ]);
  });
});

describe('a team no season lists, in the official Manufacturer / Drivers shape', () => {
  const rowsOf = (text: string, season?: Season) =>
    parseResultsText(text, season ? { season } : {}).races[0]!.rows.map((r) => [r.team, r.driver]);
  const DRIVERS_3 = 'Jonathan Bucha / Thomas Compton-Mcpherson / Yoshiharu Imai';

  it('ends after a manufacturer that has raced in the series: Aston Martin, Mercedes-AMG, one-word makes', () => {
    const read = parseResultsText(MC_2018);
    expect(read.races[0]!.rows.map((r) => [r.team, r.driver])).toEqual([
      ['Lexus', 'Tyrell Meadows / Vincent Rigaud / Kanata Kawakami'],
      ['Toyota', 'Agustín Cajal / Rayan Derrouiche / Tomoaki Yamanaka'],
      ['Aston Martin', DRIVERS_3],
      ['Mitsubishi', 'Jamon Szkoruda / James Adams / Shogo Yoshida'],
    ]);
    expect(read.issues).toEqual([]);
    for (const printed of ['Mercedes-AMG', 'Mercedes AMG', 'MERCEDES-AMG'])
      expect(rowsOf(MC_2018.replace('Aston Martin', printed))[2]).toEqual([printed, DRIVERS_3]);
  });

  it('ends before a known driver (name or PSN ID) ending the first name', () => {
    // The 2018 season without its Aston Martin team: the drivers are still known.
    const base = season2018Teams();
    const withoutAston = {
      ...base,
      teams: base.teams.filter((t) => t.id !== 'aston-martin'),
      entryLists: { ...base.entryLists, manufacturers: ['lexus', 'toyota'] },
    };
    const redBull = MC_2018.replace('Aston Martin', 'Red Bull');
    expect(rowsOf(redBull, withoutAston)[2]).toEqual(['Red Bull', DRIVERS_3]);
    const byPsn = MC_2018.replace('Aston Martin Jonathan Bucha', 'Red Bull Racing hendrix323');
    expect(rowsOf(byPsn, withoutAston)[2]).toEqual([
      'Red Bull Racing',
      'hendrix323 / Thomas Compton-Mcpherson / Yoshiharu Imai',
    ]);
    // With the team listed under its own name, the known drivers tie the renamed row to it.
    const read = parseResultsText(redBull, { season: base });
    expect(read.races[0]!.rows[2]).toMatchObject({ team: 'Red Bull', driverId: 'aston-martin' });
    expect(read.races[0]!.rows[2]!.match).toMatchObject({ via: 'driver' });
    expect(read.issues.map((i) => i.code)).toEqual(['unknown-team']); // Mitsubishi, as before
  });

  it('is never cut after a guessed word: an unknown name before unknown drivers stays whole, with an issue', () => {
    const redBull = MC_2018.replace('Aston Martin', 'Red Bull');
    const bare = parseResultsText(redBull);
    expect(bare.races[0]!.rows[2]).toMatchObject({
      team: 'Red Bull Jonathan Bucha',
      driver: 'Thomas Compton-Mcpherson / Yoshiharu Imai',
    });
    // Without a season nothing is matched: a warning.
    expect(bare.issues).toEqual([
      {
        severity: 'warning',
        line: 10,
        code: 'unclear-team',
        params: { entry: `Red Bull ${DRIVERS_3}`, team: 'Red Bull Jonathan Bucha' },
        message: expect.stringContaining('Cannot tell where the team name ends') as string,
      },
    ]);
    // A season whose team lists know the other drivers ties the row to their team: a warning only.
    const base = season2018Teams();
    const teamDriversOnly = { ...base, entryLists: { ...base.entryLists, nations: ['tyrell-meadows'] } };
    const tied = parseResultsText(redBull, { season: teamDriversOnly });
    expect(tied.races[0]!.rows[2]).toMatchObject({
      team: 'Red Bull Jonathan Bucha',
      driverId: 'aston-martin',
    });
    expect(tied.issues.filter((i) => i.line === 10)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unclear-team' }),
    ]);
    // Against a season that knows neither the team nor its drivers: an error, not also unknown-team.
    const read = parseResultsText(redBull, { season: season2025 });
    expect(read.races[0]!.rows[2]!.driverId).toBeNull();
    expect(read.issues.filter((i) => i.line === 10)).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unclear-team' }),
    ]);
  });

  it('a one-word first name is the team alone, also under a localized header and in pipe tables', () => {
    const header = 'Pos. Fabricante / Pilotos Tiempo';
    const text = MC_2018.replace('Rank Manufacturer / Drivers Time', header).replace(
      'Aston Martin Jonathan Bucha',
      'スバル / Jonathan Bucha',
    );
    const read = parseResultsText(text);
    expect(read.races[0]!.cup).toBe('manufacturers');
    expect(read.races[0]!.rows[2]).toMatchObject({ team: 'スバル', driver: DRIVERS_3 });
    expect(read.issues).toEqual([]);
    const pipe =
      'Grand Final\nRank | Manufacturer / Driver | Points |\n---|---|---|\n1 | Aston Martin Jonathan Bucha | 6 |\n2 | スバル | 5 |\n3 | Red Bull X | 4 |\n';
    const piped = parseResultsText(pipe);
    expect(piped.races[0]!.rows.map((r) => [r.team, r.driver])).toEqual([
      ['Aston Martin', 'Jonathan Bucha'],
      ['スバル', ''],
      ['Red Bull X', ''],
    ]);
    expect(piped.issues.map((i) => [i.line, i.code])).toEqual([[6, 'unclear-team']]);
  });
});
