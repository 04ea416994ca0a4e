import { describe, expect, it } from 'vitest';
import { getBuiltInSeason } from '../../../shared/seasons';
import {
  NO_USAGE,
  planSeasonUpdate,
  seasonRewrites,
  type SeasonUsage,
} from '../../../shared/seasons/update-diff';
import type { Season } from '../../../shared/domain/types';

const base = () => structuredClone(getBuiltInSeason('gtws-2025')!);
const R1_GF = 'gtws-2025-r1-nations-gf';
const R2_GF = 'gtws-2025-r2-nations-gf';
// Between London (7 June 2025) and Berlin (20 September 2025).
const SUMMER_2025 = Date.parse('2025-07-01T12:00:00Z');
const raceOf = (season: Season, id: string) =>
  season.rounds.flatMap((r) => r.races).find((r) => r.id === id)!;

const usedBy = (raceId: string, entries: string[], result = false): SeasonUsage => ({
  races: [{ raceId, leagues: [{ leagueId: 'friends', leagueName: 'Friends', picks: 2 }], result }],
  entries: { nations: entries, manufacturers: [] },
});

describe('planSeasonUpdate', () => {
  it('finds no change between a season and itself', () => {
    const plan = planSeasonUpdate(base(), base(), NO_USAGE, SUMMER_2025);
    expect(plan).toEqual({ season: base(), changes: [], kept: [], refused: [] });
  });

  it('lists rounds added, dates moved, drivers and entries added, with the picks a moved race has', () => {
    const next = base();
    next.rounds.push({
      ...structuredClone(next.rounds[3]!),
      id: 'gtws-2025-r5',
      number: 5,
      name: 'Extra',
      races: [],
    });
    raceOf(next, R2_GF).startsAt = '2025-09-21T13:00:00Z';
    next.drivers.push({ id: 'rin-yamada', name: 'Rin Yamada', country: 'JP', psnIds: [], aliases: [] });
    next.entryLists.nations.push('rin-yamada');
    const usage = usedBy(R2_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo']);
    const plan = planSeasonUpdate(base(), next, usage, SUMMER_2025);
    expect(plan.refused).toEqual([]);
    expect(plan.kept).toEqual([]);
    expect(plan.changes).toEqual([
      { kind: 'round-added', roundId: 'gtws-2025-r5', name: 'Extra' },
      {
        kind: 'race-moved',
        raceId: R2_GF,
        name: expect.stringContaining('Grand Final') as string,
        from: raceOf(base(), R2_GF).startsAt,
        to: '2025-09-21T13:00:00Z',
        use: usage.races[0],
      },
      { kind: 'driver-added', driverId: 'rin-yamada', name: 'Rin Yamada' },
      { kind: 'entry-added', cup: 'nations', entryId: 'rin-yamada' },
    ]);
    expect(plan.season).toEqual(next);
  });

  it('never moves a started race later: the stored start is kept and reported', () => {
    const next = base();
    raceOf(next, R1_GF).startsAt = '2099-06-07T15:00:00Z';
    const plan = planSeasonUpdate(base(), next, usedBy(R1_GF, []), SUMMER_2025);
    expect(plan.kept).toEqual([
      expect.objectContaining({
        code: 'started-race-not-moved',
        raceId: R1_GF,
        asked: '2099-06-07T15:00:00Z',
      }),
    ]);
    expect(raceOf(plan.season, R1_GF).startsAt).toBe(raceOf(base(), R1_GF).startsAt);
    expect(plan.changes).toEqual([]);
  });

  it('moves a started race earlier and a race that has not started either way', () => {
    const next = base();
    raceOf(next, R1_GF).startsAt = '2025-06-07T14:30:00Z';
    raceOf(next, R2_GF).startsAt = '2025-10-01T13:00:00Z';
    const plan = planSeasonUpdate(base(), next, NO_USAGE, SUMMER_2025);
    expect(plan.kept).toEqual([]);
    expect(plan.changes.map((c) => c.kind)).toEqual(['race-moved', 'race-moved']);
    expect(seasonRewrites(base(), next, NO_USAGE, SUMMER_2025)).toEqual([]);
  });

  it('refuses to delete a round whose race has picks or a result, naming the league', () => {
    const next = base();
    next.rounds = next.rounds.filter((r) => r.id !== 'gtws-2025-r2');
    const plan = planSeasonUpdate(base(), next, usedBy(R2_GF, [], true), SUMMER_2025);
    expect(plan.refused).toEqual([
      {
        code: 'used-race-removed',
        raceId: R2_GF,
        name: expect.any(String) as string,
        use: {
          raceId: R2_GF,
          leagues: [{ leagueId: 'friends', leagueName: 'Friends', picks: 2 }],
          result: true,
        },
      },
    ]);
    // Races nobody used go quietly.
    expect(plan.changes.filter((c) => c.kind === 'race-removed').length).toBeGreaterThan(0);
    expect(planSeasonUpdate(base(), next, NO_USAGE, SUMMER_2025).refused).toEqual([]);
  });

  it('keeps drivers and entries that picks or results name, and drops the others', () => {
    const next = base();
    next.drivers = next.drivers.filter((d) => d.id !== 'pol-urra' && d.id !== 'samuel-cardinal');
    next.entryLists.nations = next.entryLists.nations.filter(
      (id) => id !== 'pol-urra' && id !== 'samuel-cardinal',
    );
    const plan = planSeasonUpdate(base(), next, usedBy(R1_GF, ['pol-urra']), SUMMER_2025);
    expect(plan.kept).toEqual([
      { code: 'used-driver-kept', driverId: 'pol-urra', name: 'Pol Urra' },
      { code: 'used-entry-kept', cup: 'nations', entryId: 'pol-urra' },
    ]);
    expect(plan.changes).toEqual([
      { kind: 'driver-removed', driverId: 'samuel-cardinal', name: 'Samuel Cardinal' },
      { kind: 'entry-removed', cup: 'nations', entryId: 'samuel-cardinal' },
    ]);
    expect(plan.season.entryLists.nations).toContain('pol-urra');
    expect(plan.season.drivers.map((d) => d.id)).toContain('pol-urra');
    expect(plan.season.drivers.map((d) => d.id)).not.toContain('samuel-cardinal');
  });

  it('reports fields of newer season formats (statuses, results) without knowing them', () => {
    // The 2025 World Finals Grand Final: a race without a built-in result.
    const WF_GF = 'gtws-2025-wf-nations-gf';
    const next = base() as Season & { results?: unknown[] };
    (raceOf(next, WF_GF) as unknown as { status: string }).status = 'cancelled';
    next.results = [
      ...(next.results ?? []),
      { raceId: WF_GF, classification: [], partial: true, source: { urls: [] } },
    ];
    const plan = planSeasonUpdate(base(), next, NO_USAGE, SUMMER_2025);
    expect(plan.changes).toEqual([
      {
        kind: 'race-changed',
        raceId: WF_GF,
        name: expect.any(String) as string,
        fields: ['status'],
        use: null,
      },
      { kind: 'result-added', raceId: WF_GF, use: null },
    ]);
  });

  it('refuses an update of another season', () => {
    const other = structuredClone(getBuiltInSeason('gtws-2024')!);
    expect(planSeasonUpdate(base(), other, NO_USAGE, SUMMER_2025).refused).toEqual([
      { code: 'other-season', expected: 'gtws-2025', got: 'gtws-2024' },
    ]);
  });
});

describe('season data an update leaves out', () => {
  it('keeps stored official results for races the update does not list, and data it does not mention', () => {
    const WF_GF = 'gtws-2025-wf-nations-gf';
    const R3_GF = 'gtws-2025-r3-nations-gf';
    const stored = base() as Season & { results?: unknown[]; champions?: unknown[] };
    stored.results = [{ raceId: R3_GF, classification: [], source: { urls: ['a'] } }];
    stored.champions = [{ cup: 'nations', entryId: 'jose-serrano', source: { urls: ['b'] } }];
    const update = base() as Season & { results?: unknown[]; champions?: unknown[] };
    delete update.champions;
    update.results = [{ raceId: WF_GF, classification: [], source: { urls: ['c'] } }];
    const plan = planSeasonUpdate(stored, update, NO_USAGE, SUMMER_2025);
    const season = plan.season as Season & { results?: { raceId: string }[]; champions?: unknown[] };
    expect(season.results?.map((r) => r.raceId)).toEqual([WF_GF, R3_GF]);
    expect(season.champions).toEqual(stored.champions);
    expect(plan.changes).toEqual([{ kind: 'result-added', raceId: WF_GF, use: null }]);
  });
});
