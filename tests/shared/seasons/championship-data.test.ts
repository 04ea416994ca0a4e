/** The embedded 2024–2026 championship: statuses, official results, standings and the version-2 file. */
import { describe, expect, it } from 'vitest';
import {
  entryListPending,
  getBuiltInSeason,
  officialResult,
  parseSeasonFile,
  pickableRaces,
  serializeSeasonFile,
} from '../../../shared/seasons';
import { FACT_YEARS, seasonFileFromFacts } from '../../../scripts/seasons/from-facts.mjs';
import gtws2024 from '../../../shared/seasons/data/gtws-2024.season.json';
import gtws2025 from '../../../shared/seasons/data/gtws-2025.season.json';
import gtws2026 from '../../../shared/seasons/data/gtws-2026.season.json';
import { messages } from '../files/english';

const season2026 = getBuiltInSeason('gtws-2026')!;
const season2025 = getBuiltInSeason('gtws-2025')!;
const season2024 = getBuiltInSeason('gtws-2024')!;

describe('embedded data is built from the fact base', () => {
  it('the committed season files are exactly what the converter builds', () => {
    const committed: Record<number, unknown> = { 2024: gtws2024, 2025: gtws2025, 2026: gtws2026 };
    for (const year of FACT_YEARS) expect(seasonFileFromFacts(year)).toEqual(committed[year]);
  });

  it('keeps every result source as a URL', () => {
    for (const season of [season2024, season2025])
      for (const result of season.results ?? []) {
        expect(result.source.urls.length).toBeGreaterThan(0);
        for (const url of result.source.urls) expect(url).toMatch(/^https:\/\//);
      }
  });
});

describe('2026', () => {
  it('has Abu Dhabi cancelled, Milan dated, Round 3 without a date and the Tokyo World Finals', () => {
    expect(
      season2026.rounds.map((r) => [r.id, r.city, r.date ?? null, r.endDate ?? null, r.status ?? null]),
    ).toEqual([
      ['gtws-2026-r1', 'Abu Dhabi', '2026-03-28', null, 'cancelled'],
      ['gtws-2026-r2', 'Milan', '2026-05-23', null, null],
      ['gtws-2026-r3', '', null, null, 'tba'],
      ['gtws-2026-wf', 'Tokyo', '2026-12-05', '2026-12-06', null],
    ]);
  });

  it('runs the Nations Cup World Finals format with estimated, editable start times', () => {
    const wf = season2026.rounds[3]!;
    expect(
      wf.races.filter((r) => r.cup === 'nations').map((r) => [r.session, r.pickable, r.startsAtEstimate]),
    ).toEqual([
      ['quali', false, true],
      ['race1', true, true],
      ['race2', true, true],
      ['gf', true, true],
    ]);
    expect(wf.races.every((r) => r.startsAt >= '2026-12-05' && r.startsAt < '2026-12-07')).toBe(true);
    expect(pickableRaces(season2026).map((r) => r.id)).toEqual([
      'gtws-2026-wf-nations-race1',
      'gtws-2026-wf-nations-race2',
      'gtws-2026-wf-nations-gf',
      'gtws-2026-wf-manufacturers-race1',
      'gtws-2026-wf-manufacturers-race2',
      'gtws-2026-wf-manufacturers-race3',
      'gtws-2026-wf-manufacturers-gf',
    ]);
  });

  it('has an empty line-up marked as not known yet', () => {
    expect(season2026.entryLists.nations).toEqual([]);
    expect(entryListPending(season2026, 'nations')).toBe(true);
    expect(entryListPending(season2025, 'nations')).toBe(false);
    const filled = { ...season2026, entryLists: { ...season2026.entryLists, nations: ['jose-serrano'] } };
    expect(entryListPending(filled, 'nations')).toBe(false);
  });
});

describe('official results', () => {
  it('ships the full 2025 London classification and the Berlin podium as partial', () => {
    const london = officialResult(season2025, 'gtws-2025-r1-nations-gf')!;
    expect(london.partial).toBeUndefined();
    expect(london.classification.map((r) => r.driverId).slice(0, 3)).toEqual([
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    expect(london.classification).toHaveLength(12);
    const berlin = officialResult(season2025, 'gtws-2025-r2-nations-gf')!;
    expect(berlin).toMatchObject({ partial: true });
    expect(berlin.classification.map((r) => [r.position, r.driverId])).toEqual([
      [1, 'jose-serrano'],
      [2, 'valerio-gallo'],
      [3, 'kaj-de-bruin'],
    ]);
    expect(officialResult(season2025, 'gtws-2025-r3-nations-gf')!.classification).toHaveLength(1);
  });

  it('states the champions and the standings', () => {
    expect(season2025.champions?.map((c) => [c.cup, c.entryId])).toEqual([
      ['nations', 'jose-serrano'],
      ['manufacturers', 'porsche'],
    ]);
    expect(season2024.champions?.map((c) => [c.cup, c.entryId])).toEqual([
      ['nations', 'takuma-miyazono'],
      ['manufacturers', 'lexus'],
    ]);
    const final2024 = season2024.standings?.find((s) => s.roundId === 'gtws-2024-wf');
    expect(final2024?.rows[0]).toEqual({ entryId: 'takuma-miyazono', rank: 1, points: 50 });
  });

  it('never ships an inferred position', () => {
    // Prague 2024: the sources name only the winner; P2 and P3 are inferred from points sums.
    expect(officialResult(season2024, 'gtws-2024-r2-nations-gf')!.classification).toEqual([
      { position: 1, driverId: 'valerio-gallo', status: 'finished' },
    ]);
  });
});

describe('season file version 2', () => {
  it('round-trips statuses, a round without a date and the official data', () => {
    const text = serializeSeasonFile(season2026);
    expect(JSON.parse(text).version).toBe(2);
    expect(parseSeasonFile(text)).toEqual({ ok: true, value: season2026 });
    const back = parseSeasonFile(serializeSeasonFile(season2025));
    expect(back.ok && back.value.results).toEqual(season2025.results);
  });

  it('still reads version 1 files', () => {
    const data = JSON.parse(serializeSeasonFile(season2025));
    data.version = 1;
    delete data.season.results;
    const result = parseSeasonFile(JSON.stringify(data));
    expect(result.ok && result.value.rounds.length).toBe(4);
  });

  it('makes a cancelled or to-be-announced race unpickable whatever the file says', () => {
    const data = JSON.parse(serializeSeasonFile(season2025));
    data.season.rounds[1].status = 'cancelled';
    data.season.rounds[2].races[2].status = 'tba';
    data.season.rounds[2].races[2].pickable = true;
    const result = parseSeasonFile(JSON.stringify(data));
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(result.value.rounds[1]!.races.map((r) => [r.pickable, r.status])).toEqual([
      [false, 'cancelled'],
      [false, 'cancelled'],
      [false, 'cancelled'],
      [false, 'cancelled'],
    ]);
    expect(result.value.rounds[2]!.races[2]).toMatchObject({ pickable: false, status: 'tba' });
    expect(pickableRaces(result.value).map((r) => r.id)).toEqual([
      'gtws-2025-r1-nations-gf',
      'gtws-2025-r1-manufacturers-gf',
      'gtws-2025-r3-manufacturers-gf',
      'gtws-2025-wf-nations-race1',
      'gtws-2025-wf-nations-race2',
      'gtws-2025-wf-nations-gf',
      'gtws-2025-wf-manufacturers-race1',
      'gtws-2025-wf-manufacturers-race2',
      'gtws-2025-wf-manufacturers-race3',
      'gtws-2025-wf-manufacturers-gf',
    ]);
  });

  it('requires a date unless the round is to be announced, and checks official data references', () => {
    const data = JSON.parse(serializeSeasonFile(season2025));
    delete data.season.rounds[0].date;
    data.season.results[0].classification[0].driverId = 'nobody-here';
    data.season.results[1].classification[1].position = 1;
    data.season.standings[0].roundId = 'gtws-2025-r9';
    data.season.results[2].source.urls = ['not a url'];
    data.season.results[3].source.urls = ['javascript:alert(1)'];
    const result = parseSeasonFile(JSON.stringify(data));
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^line 1: season\.results\[2\]\.source\.urls\[0\]: /),
        expect.stringMatching(/^line 1: season\.results\[3\]\.source\.urls\[0\]: /),
      ]),
    );
    data.season.results[2].source.urls = ['https://example.org/report'];
    data.season.results[3].source.urls = ['https://example.org/report'];
    const second = parseSeasonFile(JSON.stringify(data));
    expect(messages(second)).toEqual([
      'line 1: season.rounds[0].date: is required unless the round is to be announced ("status": "tba")',
      'line 1: season.results[0].classification[0].driverId: unknown entry "nobody-here"',
      'line 1: season.results[1].classification[1].position: duplicate position 1',
      'line 1: season.standings[0].roundId: unknown round "gtws-2025-r9"',
    ]);
    expect(
      !second.ok && second.problems.map((p) => [p.code, p.params.what ?? p.params.position ?? null]),
    ).toEqual([
      ['date-required', null],
      ['unknown-id', 'entry'],
      ['duplicate-position', 1],
      ['unknown-id', 'round'],
    ]);
  });
});
