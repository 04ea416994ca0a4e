/** The embedded Manufacturers Cup: teams, races, results, standings and champions as the fact base states them. */
import { describe, expect, it } from 'vitest';
import {
  entryListPending,
  getBuiltInSeason,
  officialResult,
  parseSeasonFile,
  serializeSeasonFile,
} from '../../../shared/seasons';
import { slugify } from '../../../shared/domain/ids';
import type { Season } from '../../../shared/domain/types';
import facts from '../../../shared/seasons/data/sources/gtws-facts.json';
import { messages } from '../files/english';

const season2024 = getBuiltInSeason('gtws-2024')!;
const season2025 = getBuiltInSeason('gtws-2025')!;
const season2026 = getBuiltInSeason('gtws-2026')!;
const seasons = [season2024, season2025, season2026];

interface FactRow {
  position: number;
  team?: string;
  driver?: string | null;
}
interface FactRace {
  kind: string;
  classification: FactRow[];
}
interface FactCup {
  cup: string;
  races?: FactRace[];
}
interface FactEvent {
  id: string;
  cups?: FactCup[];
}

const KIND_SESSION: Record<string, string> = {
  qualifying: 'quali',
  race1: 'race1',
  race2: 'race2',
  race3: 'race3',
  'grand-final': 'gf',
};

/** Classification rows of the facts' Manufacturers Cup races, keyed by the app's race id. */
function factRows(season: Season): Map<string, FactRow[]> {
  const year = facts.seasons.find((s) => s.year === season.year)!;
  const out = new Map<string, FactRow[]>();
  const events = year.events as FactEvent[];
  events.forEach((event, index) => {
    // Rounds are in calendar order, the World Finals last, as the facts list their events.
    const round = season.rounds[index]!;
    const cup = event.cups?.find((c) => c.cup === 'manufacturers');
    for (const race of cup?.races ?? [])
      out.set(`${round.id}-manufacturers-${KIND_SESSION[race.kind]}`, race.classification);
  });
  return out;
}

const manufacturersRaces = (season: Season) =>
  season.rounds.flatMap((round) => round.races.filter((race) => race.cup === 'manufacturers'));

describe('Manufacturers Cup teams', () => {
  it('ships the twelve 2024 teams and the ten teams the 2025 sources name, none for 2026 yet', () => {
    expect(season2024.teams.map((t) => t.id)).toEqual([
      'lexus',
      'porsche',
      'mercedes-amg',
      'honda',
      'mazda',
      'bmw',
      'toyota',
      'subaru',
      'chevrolet',
      'audi',
      'ferrari',
      'genesis',
    ]);
    expect(season2025.teams.map((t) => t.id).sort()).toEqual(
      [
        'bmw',
        'ferrari',
        'lexus',
        'mazda',
        'mclaren',
        'mercedes-amg',
        'nissan',
        'porsche',
        'subaru',
        'toyota',
      ].sort(),
    );
    expect(season2025.entryLists.manufacturers).toEqual(season2025.teams.map((t) => t.id));
    expect(season2026.teams).toEqual([]);
    expect(entryListPending(season2026, 'manufacturers')).toBe(true);
    expect(entryListPending(season2025, 'manufacturers')).toBe(false);
  });

  it('lists the drivers of each team and who drove at each round', () => {
    const porsche = season2025.teams.find((t) => t.id === 'porsche')!;
    expect(porsche).toMatchObject({
      name: 'Porsche',
      driverIds: ['shota-sato', 'jose-serrano', 'angel-inostroza'],
    });
    expect(porsche.lineUps).toEqual([
      { roundId: 'gtws-2025-r1', driverIds: ['shota-sato'] },
      { roundId: 'gtws-2025-r2', driverIds: ['jose-serrano'] },
      { roundId: 'gtws-2025-r3', driverIds: ['angel-inostroza'] },
      { roundId: 'gtws-2025-wf', driverIds: ['shota-sato', 'jose-serrano', 'angel-inostroza'] },
    ]);
    expect(season2025.teams.find((t) => t.id === 'mercedes-amg')!.name).toBe('Mercedes-AMG');
    // McLaren is named at the World Finals without its drivers.
    expect(season2025.teams.find((t) => t.id === 'mclaren')!.driverIds).toEqual([]);
  });

  it('keeps a driver record with the stated PSN ID and the country only when a source gives one', () => {
    const sato = season2025.drivers.find((d) => d.id === 'shota-sato')!;
    expect(sato).toMatchObject({ name: 'Shota Sato', country: '', psnIds: ['anchovy_sand_'] });
    // Labouteley raced for France in the 2025 Nations Cup.
    expect(season2024.drivers.find((d) => d.id === 'thomas-labouteley')!.country).toBe('FR');
    for (const season of seasons)
      for (const team of season.teams)
        for (const id of team.driverIds) expect(season.drivers.some((d) => d.id === id)).toBe(true);
  });
});

describe('Manufacturers Cup races', () => {
  it('names every race <round>-manufacturers-<session>', () => {
    for (const season of seasons)
      for (const round of season.rounds)
        for (const race of round.races.filter((r) => r.cup === 'manufacturers'))
          expect(race.id).toBe(`${round.id}-manufacturers-${race.session}`);
    expect(manufacturersRaces(season2025).map((r) => r.id)).toEqual([
      'gtws-2025-r1-manufacturers-gf',
      'gtws-2025-r2-manufacturers-gf',
      'gtws-2025-r3-manufacturers-gf',
      'gtws-2025-wf-manufacturers-race1',
      'gtws-2025-wf-manufacturers-race2',
      'gtws-2025-wf-manufacturers-race3',
      'gtws-2025-wf-manufacturers-gf',
    ]);
  });

  it('runs the 2025 World Finals as three races and a grand final on the Saturday', () => {
    const wf = manufacturersRaces(season2025).filter((r) => r.roundId === 'gtws-2025-wf');
    expect(wf.map((r) => [r.session, r.track, r.pickable])).toEqual([
      ['race1', 'Daytona International Speedway - Tri-Oval', true],
      ['race2', 'Autopolis', true],
      ['race3', 'Sardegna - Road Track', true],
      ['gf', 'Yas Marina Circuit', true],
    ]);
    // The stated start of the cup's programme (09:00 CET) is race 1's; the later ones are estimates.
    expect(wf.map((r) => [r.startsAt, r.startsAtEstimate ?? false])).toEqual([
      ['2025-12-20T08:00:00Z', false],
      ['2025-12-20T08:45:00Z', true],
      ['2025-12-20T09:30:00Z', true],
      ['2025-12-20T10:30:00Z', true],
    ]);
  });

  it('uses the stated London start and marks unpublished starts as estimates', () => {
    const [london, berlin] = manufacturersRaces(season2025);
    expect(london).toMatchObject({
      startsAt: '2025-06-07T15:00:00Z',
      track: 'Tokyo Expressway - South Counterclockwise',
      laps: 20,
    });
    expect(london!.startsAtEstimate).toBeUndefined();
    expect(berlin).toMatchObject({ startsAtEstimate: true, laps: 6, car: 'Gr.3' });
    // Prague 2024: the sources disagree on the lap count, so it stays unknown.
    expect(manufacturersRaces(season2024)[1]).toMatchObject({ track: 'Red Bull Ring', laps: null });
  });
});

describe('Manufacturers Cup results', () => {
  it('ships only classification rows the facts state, each with its sources', () => {
    let rows = 0;
    for (const season of seasons) {
      const stated = factRows(season);
      for (const result of season.results ?? []) {
        if (!result.raceId.includes('-manufacturers-')) continue;
        const facts = stated.get(result.raceId);
        expect(facts, result.raceId).toBeDefined();
        expect(result.partial).toBe(true);
        expect(result.source.urls.length).toBeGreaterThan(0);
        for (const row of result.classification) {
          rows++;
          expect(
            facts!.some((f) => f.position === row.position && slugify(f.team ?? '') === row.driverId),
            `${result.raceId} P${row.position} ${row.driverId}`,
          ).toBe(true);
        }
      }
    }
    expect(rows).toBeGreaterThan(20);
  });

  it('states the 2025 World Finals race 2 podium top two and no result for races the sources do not classify', () => {
    expect(officialResult(season2025, 'gtws-2025-wf-manufacturers-race2')!.classification).toEqual([
      { position: 1, driverId: 'porsche', status: 'finished' },
      { position: 2, driverId: 'mazda', status: 'finished' },
    ]);
    // Los Angeles: the podium is only inferred from standings arithmetic.
    expect(officialResult(season2025, 'gtws-2025-r3-manufacturers-gf')).toBeUndefined();
    expect(officialResult(season2025, 'gtws-2025-wf-manufacturers-gf')).toBeUndefined();
  });

  it('names Porsche the 2025 champion and Lexus the 2024 champion, with sources', () => {
    const porsche = season2025.champions!.find((c) => c.cup === 'manufacturers')!;
    expect(porsche.entryId).toBe('porsche');
    expect(porsche.source.urls).toContain(
      'https://cricketmedium.com/gran-turismo-world-series-manufacturers-cup-porsche-takes-2025-crown',
    );
    expect(season2024.champions!.find((c) => c.cup === 'manufacturers')!.entryId).toBe('lexus');
  });

  it('keeps stated standings and never turns a derived total or a rank range into a number', () => {
    const after2024 = season2024.standings!.find(
      (s) => s.cup === 'manufacturers' && s.roundId === 'gtws-2024-wf',
    )!;
    // 33 and 32 are derived from points sums in the facts: only the ranks are stated.
    expect(after2024.rows).toEqual([
      { entryId: 'lexus', rank: 1 },
      { entryId: 'bmw', rank: 2 },
      { entryId: 'genesis', rank: 3 },
    ]);
    const final2025 = season2025.standings!.find(
      (s) => s.cup === 'manufacturers' && s.roundId === 'gtws-2025-wf',
    )!;
    expect(final2025.rows).toEqual([{ entryId: 'porsche', rank: 1 }]);
    expect(final2025.note).toBe('Mazda: 2 or 3');
    const la = season2025.standings!.find((s) => s.cup === 'manufacturers' && s.roundId === 'gtws-2025-r3')!;
    expect(la.rows.map((r) => [r.entryId, r.points])).toEqual([
      ['subaru', 12],
      ['mazda', 10],
      ['bmw', 10],
      ['porsche', 9],
    ]);
  });
});

describe('season files name a Manufacturers Cup entry teamId', () => {
  it('writes teamId for Manufacturers Cup rows, driverId for Nations Cup rows, and reads both back', () => {
    const text = serializeSeasonFile(season2025);
    const data = JSON.parse(text);
    const byRace = Object.fromEntries(
      (data.season.results as { raceId: string; classification: object[] }[]).map((r) => [
        r.raceId,
        r.classification,
      ]),
    );
    expect(byRace['gtws-2025-r2-manufacturers-gf']![0]).toEqual({
      position: 1,
      teamId: 'subaru',
      status: 'finished',
    });
    expect(byRace['gtws-2025-r2-nations-gf']![0]).toEqual({
      position: 1,
      driverId: 'jose-serrano',
      status: 'finished',
    });
    expect(parseSeasonFile(text)).toEqual({ ok: true, value: season2025 });
  });

  it('reads a Manufacturers Cup row written with driverId as its team, and refuses a team on a Nations Cup row', () => {
    const data = JSON.parse(serializeSeasonFile(season2025));
    const results = data.season.results as { raceId: string; classification: Record<string, unknown>[] }[];
    const team = results.find((r) => r.raceId === 'gtws-2025-r2-manufacturers-gf')!;
    team.classification[0] = { position: 1, driverId: 'subaru', status: 'finished' };
    expect(parseSeasonFile(JSON.stringify(data))).toEqual({ ok: true, value: season2025 });
    team.classification[0] = { position: 1, driverId: 'kylian-drumont', status: 'finished' };
    const nation = results.find((r) => r.raceId === 'gtws-2025-r2-nations-gf')!;
    nation.classification[0] = { position: 1, teamId: 'porsche', status: 'finished' };
    const read = parseSeasonFile(JSON.stringify(data));
    const problems = messages(read).join('\n');
    expect(problems).toContain('unknown entry "kylian-drumont"');
    expect(problems).toContain('a Nations Cup row names its driver with "driverId"');
  });

  it('refuses a row that names both a driver and a team', () => {
    const data = JSON.parse(serializeSeasonFile(season2025));
    const result = (
      data.season.results as { raceId: string; classification: Record<string, unknown>[] }[]
    ).find((r) => r.raceId === 'gtws-2025-r2-manufacturers-gf')!;
    result.classification[0]!.driverId = 'kylian-drumont';
    const read = parseSeasonFile(JSON.stringify(data));
    expect(messages(read).join('\n')).toContain('must name either "driverId"');
  });
});
