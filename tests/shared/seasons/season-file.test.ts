import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SEASONS,
  getBuiltInSeason,
  parseSeasonFile,
  serializeSeasonFile,
  findDriverByName,
  pickableRaces,
} from '../../../shared/seasons';
import { slugify } from '../../../shared/domain/ids';

const season2025 = getBuiltInSeason('gtws-2025')!;

describe('slugify', () => {
  it.each([
    ['José Serrano', 'jose-serrano'],
    ['Coque López', 'coque-lopez'],
    ['Kaj de Bruin', 'kaj-de-bruin'],
    ['  Ángel   Inostroza ', 'angel-inostroza'],
    ['Søren Øster-Straße', 'soren-oster-strasse'],
    ["O'Neil  Jr.", 'o-neil-jr'],
    ['!!!', ''],
  ])('%s -> %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('built-in seasons', () => {
  it('ships 2024, 2025 and 2026 with stable ids', () => {
    expect(BUILT_IN_SEASONS.map((s) => s.id)).toEqual(['gtws-2024', 'gtws-2025', 'gtws-2026']);
    expect(getBuiltInSeason('gtws-2027')).toBeUndefined();
    expect(season2025.rounds.map((r) => r.id)).toEqual([
      'gtws-2025-r1',
      'gtws-2025-r2',
      'gtws-2025-r3',
      'gtws-2025-wf',
    ]);
  });

  it('describes the 2025 London round', () => {
    const r1 = season2025.rounds[0]!;
    expect(r1).toMatchObject({
      city: 'London',
      venue: 'Television Centre, White City',
      date: '2025-06-07',
      timeZone: 'Europe/London',
    });
    expect(r1.races.map((r) => [r.id, r.pickable, r.pointsTable])).toEqual([
      ['gtws-2025-r1-nations-quali', false, []],
      ['gtws-2025-r1-nations-sprint', false, []],
      ['gtws-2025-r1-nations-gf', true, [6, 5, 4, 3, 2, 1]],
      ['gtws-2025-r1-manufacturers-gf', true, [6, 5, 4, 3, 2, 1]],
    ]);
    const gf = r1.races[2]!;
    expect(gf).toMatchObject({
      track: 'Grand Valley - Highway 1 Reverse',
      laps: 30,
      roundId: 'gtws-2025-r1',
    });
    expect(r1.races[1]).toMatchObject({ laps: 5, car: "Aston Martin Valkyrie '21" });
  });

  it('has the 2024 World Finals tables with the Grand Final doubled', () => {
    const wf = getBuiltInSeason('gtws-2024')!.rounds.find((r) => r.id === 'gtws-2024-wf')!;
    const byId = Object.fromEntries(wf.races.map((r) => [r.id, r]));
    expect(byId['gtws-2024-wf-nations-race1']!.pointsTable).toEqual([12, 10, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(byId['gtws-2024-wf-nations-race2']!.laps).toBe(12);
    expect(byId['gtws-2024-wf-nations-gf']!.pointsTable).toEqual([24, 20, 16, 14, 12, 10, 8, 6, 4, 2]);
    expect(wf).toMatchObject({ venue: 'Theater Amsterdam', date: '2024-12-07', endDate: '2024-12-08' });
  });

  it('has the sourced entry lists', () => {
    const s2024 = getBuiltInSeason('gtws-2024')!;
    expect(s2024.entryLists.nations).toHaveLength(12);
    expect(s2024.entryLists.nations).toContain('coque-lopez');
    expect(season2025.entryLists.nations).toHaveLength(12);
    expect(season2025.entryLists.nations).not.toContain('coque-lopez');
    expect(season2025.entryLists.nations).toEqual(
      expect.arrayContaining(['pol-urra', 'thomas-labouteley', 'samuel-cardinal']),
    );
    const serrano = season2025.drivers.find((d) => d.id === 'jose-serrano')!;
    expect(serrano.psnIds[0]).toBe('JoseSerrano_16');
    expect(serrano.country).toBe('ES');
    for (const season of BUILT_IN_SEASONS) for (const d of season.drivers) expect(slugify(d.name)).toBe(d.id);
  });

  it('finds drivers by alias, accents and PSN id, never a different person', () => {
    expect(findDriverByName(season2025, 'José Serrano')?.id).toBe('jose-serrano');
    expect(findDriverByName(season2025, 'tdg_josete')?.id).toBe('jose-serrano');
    expect(findDriverByName(getBuiltInSeason('gtws-2024')!, 'Coque Lopez')?.id).toBe('coque-lopez');
    expect(findDriverByName(season2025, 'Jorge Serrano')).toBeUndefined();
  });

  it('lists the pickable races in calendar order', () => {
    expect(pickableRaces(season2025).map((r) => r.id)).toEqual([
      'gtws-2025-r1-nations-gf',
      'gtws-2025-r1-manufacturers-gf',
      'gtws-2025-r2-nations-gf',
      'gtws-2025-r2-manufacturers-gf',
      'gtws-2025-r3-nations-gf',
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
});

describe('season file', () => {
  it('round-trips a season exactly', () => {
    const text = serializeSeasonFile(season2025);
    const back = parseSeasonFile(text);
    expect(back).toEqual({ ok: true, value: season2025 });
    expect(serializeSeasonFile(season2025)).toBe(text);
  });

  it('refuses newer versions and other formats with a clear message', () => {
    expect(parseSeasonFile('{"format":"podium-season","version":3,"season":{}}')).toEqual({
      ok: false,
      problems: [
        {
          code: 'newer-version',
          params: { found: 3, reads: 2 },
          message:
            'This season file was made by a newer version of Podium League (format version 3); this app reads version 2. Update the app to open it.',
        },
      ],
    });
    const other = parseSeasonFile('{"format":"podium-league","version":1}');
    expect(other.ok).toBe(false);
    expect(parseSeasonFile('').ok).toBe(false);
    const bad = parseSeasonFile('{ nope');
    expect(!bad.ok && bad.problems[0]).toMatchObject({
      code: 'not-json',
      params: { line: 1, syntax: 'key-not-quoted' },
      message: expect.stringMatching(/not valid JSON/),
    });
  });

  it('reports every problem with its place in the file', () => {
    const data = JSON.parse(serializeSeasonFile(season2025));
    data.season.rounds[0].races[2].id = 'gtws-2025-r1-gf';
    data.season.rounds[0].races[1].startsAt = '7 June 2025';
    data.season.drivers[0].country = 'Italy';
    data.season.entryLists.nations.push('nobody-here');
    const result = parseSeasonFile(JSON.stringify(data, null, 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Codes and params for the screens, a readable path and the line; zod's English stays in the message.
    expect(result.problems.map(({ code, params }) => ({ code, params }))).toEqual(
      expect.arrayContaining([
        {
          code: 'schema',
          params: {
            issue: 'invalid_format',
            format: 'datetime',
            path: 'season › rounds › 0 › races › 1 › startsAt',
            line: expect.any(Number),
          },
        },
        {
          code: 'schema',
          params: {
            issue: 'custom',
            check: 'country-code',
            path: 'season › drivers › 0 › country',
            line: expect.any(Number),
          },
        },
      ]),
    );
    const text = JSON.stringify(data, null, 2).split('\n');
    const startsAt = result.problems.find((p) => String(p.params.path).endsWith('startsAt'));
    // Lines are kept for the first levels: the line is the race's, whose first start time is the bad one.
    const fromLine = text.slice(Number(startsAt?.params.line) - 1);
    expect(fromLine.find((l) => l.includes('"startsAt"'))).toContain('"startsAt": "7 June 2025"');
    expect(startsAt?.message).toMatch(/^line \d+: season\.rounds\[0\]\.races\[1\]\.startsAt: /);
    // Cross-reference problems are reported once the fields themselves are valid.
    data.season.rounds[0].races[1].startsAt = '2025-06-07T14:00:00Z';
    data.season.drivers[0].country = 'IT';
    const second = parseSeasonFile(JSON.stringify(data));
    expect(!second.ok && second.problems).toEqual([
      {
        code: 'unknown-id',
        params: { what: 'driver', id: 'nobody-here', line: 1, path: 'season › entryLists › nations › 12' },
        message: 'line 1: season.entryLists.nations[12]: unknown driver "nobody-here"',
      },
      {
        code: 'must-be',
        params: {
          expected: 'gtws-2025-r1-nations-gf',
          line: 1,
          path: 'season › rounds › 0 › races › 2 › id',
        },
        message:
          'line 1: season.rounds[0].races[2].id: must be "gtws-2025-r1-nations-gf" (<round>-<cup>-<session>)',
      },
      {
        code: 'unknown-id',
        params: {
          what: 'race',
          id: 'gtws-2025-r1-nations-gf',
          line: 1,
          path: 'season › results › 2 › raceId',
        },
        message: 'line 1: season.results[2].raceId: unknown race "gtws-2025-r1-nations-gf"',
      },
    ]);
  });

  it('strips __proto__ and constructor keys without polluting prototypes', () => {
    const text = serializeSeasonFile(season2025).replace(
      '"id": "gtws-2025",',
      '"id": "gtws-2025", "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } },',
    );
    const result = parseSeasonFile(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      expect(Object.keys(result.value)).not.toContain('__proto__');
    }
  });

  it('defaults pickable to "pays points"', () => {
    const data = JSON.parse(serializeSeasonFile(season2025));
    for (const round of data.season.rounds) for (const race of round.races) delete race.pickable;
    data.season.rounds[0].races[0].pickable = true;
    const result = parseSeasonFile(JSON.stringify(data));
    expect(result.ok && result.value.rounds[0]!.races.map((r) => r.pickable)).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });
});
