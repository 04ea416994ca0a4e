/** Detection of the season and race of each table from the text itself, across every known season. */
import { describe, expect, it } from 'vitest';
import type { Round, Season } from '../../../shared/domain/types';
import { planResultsBytes, planResultsText, sameTrack } from '../../../shared/results';
import { BUILT_IN_SEASONS, getBuiltInSeason } from '../../../shared/seasons';
import { fixtureText, OFFICIAL_FILE, PIPE_FILE } from './helpers';

const WF_2024 = fixtureText('2024-wf-nations-report.txt');
const OFFICIAL = fixtureText(OFFICIAL_FILE);
/** The Grand Final block of the London report, pasted on its own (no title line). */
const LONE_LONDON_GF = OFFICIAL.slice(OFFICIAL.indexOf('Grand Final\n'));
const S2024 = getBuiltInSeason('gtws-2024')!;
const S2025 = getBuiltInSeason('gtws-2025')!;

const raceIds = (text: string, options = {}) =>
  planResultsText(text, BUILT_IN_SEASONS, options).tables.map((t) => t.detection.raceId);

describe('detecting where tables belong', () => {
  it('the 2024 World Finals report goes to the 2024 World Finals, whatever league is active', () => {
    for (const fallbackSeason of [S2024, S2025]) {
      const plan = planResultsText(WF_2024, BUILT_IN_SEASONS, { fallbackSeason });
      expect(plan.seasonId).toBe('gtws-2024');
      expect(plan.seasonDetected).toBe(true);
      expect(plan.tables.map((t) => t.detection.raceId)).toEqual([
        'gtws-2024-wf-nations-race1',
        'gtws-2024-wf-nations-race2',
        'gtws-2024-wf-nations-gf',
      ]);
      // Names are matched in 2024, so its drivers (Coque Lopez, Calen Roach) are no "unknown driver" errors.
      expect(plan.outcome.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(plan.outcome.races[0]!.rows.find((r) => r.driver === 'Coque Lopez')!.driverId).toBe(
        'coque-lopez',
      );
    }
  });

  it('gives the evidence with what matched', () => {
    const plan = planResultsText(WF_2024, BUILT_IN_SEASONS);
    expect(plan.tables[1]!.detection.evidence).toEqual([
      { code: 'title-year', year: 2024 },
      { code: 'title-world-finals' },
      { code: 'city', city: 'Amsterdam' },
      { code: 'date', date: '2024-12-08' },
      { code: 'title-cup', cup: 'nations' },
      { code: 'session', heading: 'Race 2' },
      { code: 'track', track: 'Autodromo Nazionale Monza' },
      { code: 'laps', laps: 12 },
      { code: 'drivers', matched: 12, total: 12 },
    ]);
  });

  it('a report opening with a headline is still read from the line naming the event', () => {
    const text = `Takuma Miyazono wins the 2024 Nations Cup\n\n${WF_2024}`;
    expect(raceIds(text, { fallbackSeason: S2024 })).toEqual([
      'gtws-2024-wf-nations-race1',
      'gtws-2024-wf-nations-race2',
      'gtws-2024-wf-nations-gf',
    ]);
  });

  it('a lone London Grand Final table (no title) is London by its track and laps, not Berlin', () => {
    const plan = planResultsText(LONE_LONDON_GF, BUILT_IN_SEASONS);
    expect(plan.seasonId).toBe('gtws-2025');
    expect(plan.tables[0]!.detection).toMatchObject({
      seasonId: 'gtws-2025',
      raceId: 'gtws-2025-r1-nations-gf',
      cup: 'nations',
    });
    expect(plan.tables[0]!.detection.evidence).toContainEqual({
      code: 'track',
      track: 'Grand Valley - Highway 1 Reverse',
    });
    expect(plan.tables[0]!.detection.evidence).toContainEqual({ code: 'laps', laps: 30 });
  });

  it('a lone 2024 Race 2 table is the 2024 World Finals by its track and laps (2025 raced Monza in a sprint)', () => {
    const text =
      'Race 2\nTrack: Autodromo Nazionale Monza 12 Laps\n\n' +
      WF_2024.split('Race 2')[1]!
        .split('Grand Final')[0]!
        .replace(/^Track:.*$/m, '');
    const plan = planResultsText(text, BUILT_IN_SEASONS, { fallbackSeason: S2025 });
    expect(plan.seasonId).toBe('gtws-2024');
    expect(plan.tables.map((t) => t.detection.raceId)).toEqual(['gtws-2024-wf-nations-race2']);
  });

  it('a pasted dash list with a lap count is placed by it: 8 laps at a World Finals Race 1 is 2025, not 2024 (10 laps)', () => {
    const plan = planResultsText(
      'Race 1\n- T. Miyazono – 8 Laps\n- K. de Bruin – +0.310\n',
      BUILT_IN_SEASONS,
    );
    expect(plan.tables[0]!.detection).toMatchObject({ raceId: 'gtws-2025-wf-nations-race1' });
    expect(plan.tables[0]!.detection.evidence).toContainEqual({ code: 'laps', laps: 8 });
    expect(plan.outcome.races[0]!.rows.map((r) => r.driverId)).toEqual(['takuma-miyazono', 'kaj-de-bruin']);
  });

  it('a table with nothing but a heading and familiar names fits no race in particular', () => {
    const bare = LONE_LONDON_GF.replace(/^(Car|Track):.*$/gm, '');
    const plan = planResultsText(bare, BUILT_IN_SEASONS);
    expect(plan.tables[0]!.detection.raceId).toBeNull();
    expect(plan.tables[0]!.detection.reason).toBe('unidentified');
    // The names tell the season, though: Pol Urra and Samuel Cardinal raced in 2025, not 2024.
    expect(plan.tables[0]!.detection.seasonId).toBe('gtws-2025');
  });

  it('never picks a race whose track or laps contradict the table', () => {
    // The title says Round 2 (Berlin, Red Bull Ring) but the table is Grand Valley, 30 laps.
    const text = `Gran Turismo World Series 2025 Round 2 - Nations Cup\n\n${LONE_LONDON_GF}`;
    const detection = planResultsText(text, BUILT_IN_SEASONS).tables[0]!.detection;
    expect(detection.raceId).toBeNull();
    expect(detection.reason).toBe('no-fit');
    expect(detection.seasonId).toBe('gtws-2025');
    // Laps alone disagreeing is enough: London's Grand Final is 30 laps, not 25.
    expect(raceIds(LONE_LONDON_GF.replace('30 Laps', '25 Laps'))).toEqual([null]);
  });

  it('a city in a track line is not the venue', () => {
    // "Track: Tokyo …" above the first table must not narrow a London table to the Tokyo events.
    const text = LONE_LONDON_GF.replace(
      'Track: Grand Valley',
      'Track: Tokyo Expressway\nTrack: Grand Valley',
    );
    expect(raceIds(text)).toEqual(['gtws-2025-r1-nations-gf']);
  });

  it('a cancelled round is never detected', () => {
    const cancelledLondon: Season = {
      ...S2025,
      rounds: S2025.rounds.map((r) =>
        r.id === 'gtws-2025-r1' ? ({ ...r, status: 'cancelled' as const } as Round) : r,
      ),
    };
    expect(raceIds(LONE_LONDON_GF)).toEqual(['gtws-2025-r1-nations-gf']);
    const plan = planResultsText(LONE_LONDON_GF, [S2024, cancelledLondon]);
    expect(plan.tables[0]!.detection.raceId).toBeNull();
  });

  it('2026: a Tokyo World Finals podium is the 2026 Grand Final; cancelled Abu Dhabi takes nothing', () => {
    const podium = 'Grand Final\n1. Jose Serrano\n2. Pol Urra\n3. Valerio Gallo\n';
    const tokyo = planResultsText(
      `Gran Turismo World Series 2026 World Finals – Nations Cup\nTokyo, 6 December 2026\n\n${podium}`,
      BUILT_IN_SEASONS,
    );
    expect(tokyo.seasonId).toBe('gtws-2026');
    expect(tokyo.tables[0]!.detection).toMatchObject({ raceId: 'gtws-2026-wf-nations-gf', cup: 'nations' });
    expect(tokyo.tables[0]!.detection.evidence).toContainEqual({ code: 'city', city: 'Tokyo' });
    const abuDhabi = planResultsText(
      `Gran Turismo World Series 2026 Round 1 – Nations Cup\n\n${podium}`,
      BUILT_IN_SEASONS,
    );
    expect(abuDhabi.tables[0]!.detection).toMatchObject({ raceId: null, reason: 'no-fit' });
  });

  it('a title naming an unknown season fits nothing', () => {
    const text = `Gran Turismo World Series 2031 Round 1 - Nations Cup\n\n${LONE_LONDON_GF}`;
    const detection = planResultsText(text, BUILT_IN_SEASONS).tables[0]!.detection;
    expect(detection).toMatchObject({ seasonId: null, raceId: null, reason: 'no-fit' });
  });

  it('the whole London report and the pipe table go to London', () => {
    expect(raceIds(OFFICIAL)).toEqual([
      'gtws-2025-r1-nations-quali',
      'gtws-2025-r1-nations-sprint',
      'gtws-2025-r1-nations-gf',
    ]);
    expect(raceIds(fixtureText(PIPE_FILE))).toEqual(['gtws-2025-r1-nations-gf']);
  });

  it('--season restricts detection to that season', () => {
    const plan = planResultsText(WF_2024, BUILT_IN_SEASONS, { season: S2025 });
    expect(plan.seasonId).toBe('gtws-2025');
    expect(plan.tables.map((t) => t.detection.raceId)).toEqual([null, null, null]);
  });

  it('--race takes its table; the other tables keep their detection', () => {
    const race = S2025.rounds[0]!.races.find((r) => r.session === 'sprint')!;
    const plan = planResultsText(OFFICIAL, BUILT_IN_SEASONS, { race });
    expect(plan.tables.map((t) => t.detection.raceId)).toEqual([
      'gtws-2025-r1-nations-quali',
      'gtws-2025-r1-nations-sprint',
      'gtws-2025-r1-nations-gf',
    ]);
    expect(plan.tables[1]!.detection.evidence).toEqual([{ code: 'named' }]);
  });

  it('groups issues by table: a broken row belongs to its table, text above the first table to the file', () => {
    const bytes = new TextEncoder().encode(`\u0000${OFFICIAL}`);
    expect(planResultsBytes(bytes, BUILT_IN_SEASONS).fileIssues.map((i) => i.severity)).toEqual(['error']);
    const text = OFFICIAL.replace('3 France Kylian Drumont +03.009', '3 France');
    const brokenLine = text.split('\n').indexOf('3 France') + 1;
    const plan = planResultsText(text, BUILT_IN_SEASONS);
    // The row cannot be read, so position 3 is then missing on the next line: both in the sprint table.
    expect(plan.tables.map((t) => t.issues.map((i) => i.line))).toEqual([
      [],
      [brokenLine, brokenLine + 1],
      [],
    ]);
    expect(plan.tables.map((t) => t.lines[0])).toEqual([9, 28, 49]);
    expect(plan.fileIssues).toEqual([]);
  });

  it('tracks: spelling and a missing layout word still match, another layout does not', () => {
    expect(sameTrack('Nürburgring 24h', 'Nurburgring 24h layout')).toBe(true);
    expect(sameTrack('Nürburgring 24h', 'Nürburgring')).toBe(true);
    expect(sameTrack('Autodromo Nazionale Monza', 'Autodromo Nazionale Monza No Chicane')).toBe(true);
    expect(sameTrack('Grand Valley - Highway 1 Reverse', 'Grand Valley - Highway 1')).toBe(false);
    expect(sameTrack('Autodromo Nazionale Monza No Chicane', 'Autodromo Nazionale Monza')).toBe(false);
    expect(sameTrack('Red Bull Ring', 'Grand Valley - Highway 1 Reverse')).toBe(false);
  });
});
