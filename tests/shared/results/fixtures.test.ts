/** Every fixture parses to exactly the rows the 2025 R1 London race report shows. */
import { describe, expect, it } from 'vitest';
import { parseResultsBytes } from '../../../shared/results';
import { getBuiltInSeason } from '../../../shared/seasons';
import { fixtureBytes, OFFICIAL_FILE, PIPE_FILE, rowFacts } from './helpers';

const season = getBuiltInSeason('gtws-2025')!;

const QUALI = [
  [1, 'ES', 'Jose Serrano', "1'25.165", 85165, 0, null],
  [2, 'ES', 'Pol Urra', "1'25.277", 85277, 112, null],
  [3, 'BR', 'Adriano Carrazza', "1'25.361", 85361, 196, null],
  [4, 'FR', 'Kylian Drumont', "1'25.370", 85370, 205, null],
  [5, 'FR', 'Thomas Labouteley', "1'25.377", 85377, 212, null],
  [6, 'CL', 'Angel Inostroza', "1'25.461", 85461, 296, null],
  [7, 'JP', 'Takuma Miyazono', "1'25.472", 85472, 307, null],
  [8, 'IT', 'Valerio Gallo', "1'25.486", 85486, 321, null],
  [9, 'AU', 'Guy Barbara', "1'25.500", 85500, 335, null],
  [10, 'JP', 'Takuma Sasaki', "1'25.503", 85503, 338, null],
  [11, 'NL', 'Kaj de Bruin', "1'25.542", 85542, 377, null],
  [12, 'CA', 'Samuel Cardinal', "1'25.653", 85653, 488, null],
];

const SPRINT_WINNER = 15 * 60_000 + 24_551;
const SPRINT = [
  [1, 'ES', 'Jose Serrano', "15'24.551", SPRINT_WINNER, 0, null],
  [2, 'ES', 'Pol Urra', '+00.269', SPRINT_WINNER + 269, 269, null],
  [3, 'FR', 'Kylian Drumont', '+03.009', SPRINT_WINNER + 3009, 3009, null],
  [4, 'JP', 'Takuma Sasaki', '+03.530', SPRINT_WINNER + 3530, 3530, null],
  [5, 'IT', 'Valerio Gallo', '+04.798', SPRINT_WINNER + 4798, 4798, null],
  [6, 'FR', 'Thomas Labouteley', '+09.306', SPRINT_WINNER + 9306, 9306, null],
  [7, 'JP', 'Takuma Miyazono', '+10.247', SPRINT_WINNER + 10247, 10247, null],
  [8, 'CL', 'Angel Inostroza', '+13.496', SPRINT_WINNER + 13496, 13496, null],
  [9, 'AU', 'Guy Barbara', '+16.801', SPRINT_WINNER + 16801, 16801, null],
  [10, 'NL', 'Kaj de Bruin', '+24.889', SPRINT_WINNER + 24889, 24889, null],
  [11, 'BR', 'Adriano Carrazza', '+29.724', SPRINT_WINNER + 29724, 29724, null],
  [12, 'CA', 'Samuel Cardinal', '+37.512', SPRINT_WINNER + 37512, 37512, null],
];

const GF_WINNER = 2665829;
const GRAND_FINAL = [
  [1, 'ES', 'Jose Serrano', "44'25.829", GF_WINNER, 0, 6],
  [2, 'ES', 'Pol Urra', '+00.287', GF_WINNER + 287, 287, 5],
  [3, 'IT', 'Valerio Gallo', '+06.668', GF_WINNER + 6668, 6668, 4],
  [4, 'JP', 'Takuma Sasaki', '+07.063', GF_WINNER + 7063, 7063, 3],
  [5, 'FR', 'Kylian Drumont', '+09.212', GF_WINNER + 9212, 9212, 2],
  [6, 'JP', 'Takuma Miyazono', '+09.705', GF_WINNER + 9705, 9705, 1],
  [7, 'NL', 'Kaj de Bruin', '+10.698', GF_WINNER + 10698, 10698, 0],
  [8, 'FR', 'Thomas Labouteley', '+11.081', GF_WINNER + 11081, 11081, 0],
  [9, 'AU', 'Guy Barbara', '+19.001', GF_WINNER + 19001, 19001, 0],
  [10, 'CL', 'Angel Inostroza', '+19.002', GF_WINNER + 19002, 19002, 0],
  [11, 'CA', 'Samuel Cardinal', '+21.596', GF_WINNER + 21596, 21596, 0],
  [12, 'BR', 'Adriano Carrazza', '+28.308', GF_WINNER + 28308, 28308, 0],
];

describe('official text fixture (2025 R1 London, three tables)', () => {
  const outcome = parseResultsBytes(fixtureBytes(OFFICIAL_FILE), { season });
  const [quali, , gf] = outcome.races;

  it('is read as official text with no issues and three tables', () => {
    expect(outcome.format).toBe('official-text');
    expect(outcome.issues).toEqual([]);
    expect(outcome.races).toHaveLength(3);
    expect(outcome.documentTitle).toBe('Gran Turismo World Series 2025 Round 1 - Nations Cup');
  });

  const RED_BULL = 'Gran Turismo Red Bull X2019 Competition';
  const HIGHWAY = 'Grand Valley - Highway 1 Reverse';
  // Each table: its heading facts, its rows and its fastest lap line.
  it.each([
    {
      table: 0,
      what: 'the qualifying time trial: times and gaps',
      facts: { title: 'Qualifying Time Trial', session: 'quali', car: RED_BULL, track: HIGHWAY, laps: null },
      rows: QUALI,
      fastestLap: null,
    },
    {
      table: 1,
      what: 'the sprint race: gaps become winner time + gap, fastest lap attached',
      facts: {
        title: 'Sprint Race',
        session: 'sprint',
        car: "Aston Martin Valkyrie '21",
        track: '24 Heures du Mans Racing Circuit',
        laps: 5,
      },
      rows: SPRINT,
      fastestLap: {
        driver: 'Guy Barbara',
        driverId: 'guy-barbara',
        time: "3'03.550",
        timeMs: 183550,
        country: 'AU',
      },
    },
    {
      table: 2,
      what: 'the Grand Final with points',
      facts: { title: 'Grand Final', session: 'gf', car: RED_BULL, track: HIGHWAY, laps: 30 },
      rows: GRAND_FINAL,
      fastestLap: { driver: 'Pol Urra', driverId: 'pol-urra', time: "1'25.634", timeMs: 85634 },
    },
  ])('reads $what', ({ table, facts, rows, fastestLap }) => {
    const race = outcome.races[table]!;
    expect(race).toMatchObject({ ...facts, suggestedRaceId: `gtws-2025-r1-nations-${facts.session}` });
    expect(race.rows.map(rowFacts)).toEqual(rows);
    if (fastestLap) expect(race.fastestLap).toMatchObject(fastestLap);
    else expect(race.fastestLap).toBeNull();
  });

  it('keeps the qualifying gap text and row lines', () => {
    expect(quali!.rows[1]!.gap).toBe('+0.112');
    expect(quali!.rows[0]!.line).toBe(10);
  });

  it('matches every driver to the 2025 entry list, all finished', () => {
    for (const race of outcome.races) {
      for (const row of race.rows) {
        expect(row.driverId).not.toBeNull();
        expect(row.status).toBe('finished');
        expect(row.match?.method).toBe('exact');
      }
    }
    expect(gf!.rows.slice(0, 3).map((r) => r.driverId)).toEqual([
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
  });

  it('checks points against the Grand Final table without complaint', () => {
    const race = season.rounds[0]!.races.find((r) => r.session === 'gf')!;
    const checked = parseResultsBytes(fixtureBytes(OFFICIAL_FILE), { season, race });
    expect(checked.issues).toEqual([]);
  });
});

describe('pipe fixture (Grand Final, trailing cells empty or missing)', () => {
  const outcome = parseResultsBytes(fixtureBytes(PIPE_FILE), { season });

  it('reads one Grand Final table, unpaid rows without points', () => {
    expect(outcome.format).toBe('pipe-table');
    expect(outcome.issues).toEqual([]);
    expect(outcome.races).toHaveLength(1);
    const race = outcome.races[0]!;
    expect(race).toMatchObject({
      title: 'Grand Final',
      session: 'gf',
      suggestedRaceId: 'gtws-2025-r1-nations-gf',
    });
    const expected = GRAND_FINAL.map((r) => [...r.slice(0, 6), (r[0] as number) <= 6 ? r[6] : null]);
    expect(race.rows.map(rowFacts)).toEqual(expected);
    expect(race.rows.map((r) => r.driverId)).toEqual(outcome.races[0]!.rows.map((r) => r.driverId));
    expect(race.rows[11]!.line).toBe(16);
  });

  it('without a season: rows parse, driver ids stay null, no issues', () => {
    const plain = parseResultsBytes(fixtureBytes(PIPE_FILE));
    expect(plain.issues).toEqual([]);
    expect(plain.races[0]!.rows.every((r) => r.driverId === null && r.match === null)).toBe(true);
    expect(plain.races[0]!.suggestedRaceId).toBeNull();
  });
});
