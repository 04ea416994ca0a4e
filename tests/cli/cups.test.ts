/** `podium standings`, `import` and `season` on leagues that play the Manufacturers Cup. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { podium } from './in-process';

const OFFICIAL = 'tests/fixtures/results/2025-r1-london-nations-official.txt';
const NC = 'gtws-2025-r1-nations-gf';
const MC = 'gtws-2025-r1-manufacturers-gf';
const BEFORE = '2025-06-01T10:00:00Z';

/** A league file on 2025 with a graded Manufacturers Cup race (London: Subaru, BMW, Mazda named by the test). */
function leagueFile(cups: string[], nationsPicks = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podium-cups-'));
  const file = path.join(dir, 'league.podium.json');
  const bundle = {
    format: 'podium-league',
    version: 1,
    league: { id: 'both', name: 'Both Cups', seasonId: 'gtws-2025', rules: { preset: 'classic', cups } },
    members: [
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'Ben' },
    ],
    picks: [
      { memberId: 'ana', raceId: MC, podium: ['subaru', 'bmw', 'mazda'], madeAt: BEFORE },
      { memberId: 'ben', raceId: MC, podium: ['bmw', 'porsche', 'subaru'], madeAt: BEFORE },
      ...(nationsPicks
        ? [
            {
              memberId: 'ana',
              raceId: NC,
              podium: ['pol-urra', 'jose-serrano', 'valerio-gallo'],
              madeAt: BEFORE,
            },
            {
              memberId: 'ben',
              raceId: NC,
              podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
              madeAt: BEFORE,
            },
          ]
        : []),
    ],
    results: [
      {
        raceId: MC,
        classification: ['subaru', 'bmw', 'mazda'].map((teamId, i) => ({ position: i + 1, teamId })),
      },
    ],
  };
  writeFileSync(file, JSON.stringify(bundle, null, 2));
  return file;
}

/** Each row of `standings --json` as [member, points, points per cup]. */
const split = (json: { standings: { memberId: string; points: number; byCup: object }[] }) =>
  json.standings.map((r) => [r.memberId, r.points, r.byCup]);

describe('podium standings with cups', () => {
  it('prints the per-cup split in --json and as columns when the league plays both cups', async () => {
    const file = leagueFile(['nations', 'manufacturers']);
    const json = JSON.parse((await podium('standings', file, '--json')).stdout);
    expect(json.rules.cups).toEqual(['nations', 'manufacturers']);
    expect(split(json)).toEqual([
      ['ana', 11, { nations: 0, manufacturers: 11 }],
      ['ben', 2, { nations: 0, manufacturers: 2 }],
    ]);
    const text = (await podium('standings', file)).stdout.split('\n');
    expect(text[1]).toBe('Rules: classic; Nations Cup + Manufacturers Cup; 1 race(s) graded, 12 to go');
    expect(text.slice(3, 6)).toEqual([
      'Rank  Member  Points  Nations  Manufacturers  Exact  Perfect  Winners',
      '   1  Ana         11        0             11      3        1        1',
      '   2  Ben          2        0              2      0        0        0',
    ]);
  });

  it('scores only the Manufacturers Cup in a league that plays it alone', async () => {
    const file = leagueFile(['manufacturers'], false);
    const run = await podium('standings', file, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.standings[0]).toMatchObject({ memberId: 'ana', points: 11, byCup: { manufacturers: 11 } });
    const text = (await podium('standings', file)).stdout.split('\n');
    expect(text[1]).toBe('Rules: classic; Manufacturers Cup; 1 race(s) graded, 6 to go');
    expect(text[3]).toBe('Rank  Member  Points  Exact  Perfect  Winners');
  });
});

describe('podium import in a league with both cups', () => {
  it('adds a Nations Cup result, keeps the Manufacturers Cup result as teamId rows and the cups rule', async () => {
    const file = leagueFile(['nations', 'manufacturers']);
    const run = await podium('import', file, OFFICIAL, '--race', NC);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.league.rules.cups).toEqual(['nations', 'manufacturers']);
    expect(written.results.map((r: { raceId: string }) => r.raceId)).toEqual([MC, NC]);
    expect(written.results[0].classification[0]).toEqual({
      position: 1,
      teamId: 'subaru',
      status: 'finished',
    });
    expect(written.results[1].classification[0]).toMatchObject({ position: 1, driverId: 'jose-serrano' });
    const json = JSON.parse((await podium('standings', file, '--json')).stdout);
    // Ana: Urra and Serrano on the podium in other slots (1 + 1), Gallo exact (3); Ben: a perfect podium.
    expect(split(json)).toEqual([
      ['ana', 16, { nations: 5, manufacturers: 11 }],
      ['ben', 13, { nations: 11, manufacturers: 2 }],
    ]);
  });
});

describe('podium import of a Manufacturers Cup report', () => {
  it('assigns it to the Manufacturers Cup race and writes teamId rows', async () => {
    const file = leagueFile(['nations', 'manufacturers']);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.results = [];
    writeFileSync(file, JSON.stringify(data));
    const run = await podium(
      'import',
      file,
      'tests/fixtures/results/2025-r1-london-manufacturers.txt',
      '--race',
      MC,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.results).toHaveLength(1);
    expect(written.results[0].raceId).toBe(MC);
    expect(
      written.results[0].classification.map((r: { position: number; teamId: string }) => [
        r.position,
        r.teamId,
      ]),
    ).toEqual([
      [1, 'subaru'],
      [2, 'bmw'],
    ]);
    expect(written.results[0].classification[0].driverId).toBeUndefined();
  });
});

describe('podium import of a cup the league does not play', () => {
  it('keeps the result and says it scores nothing', async () => {
    const file = leagueFile(['manufacturers'], false);
    const run = await podium('import', file, OFFICIAL, '--race', NC);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${file}: note: the league does not play the Nations Cup; the result is kept but scores nothing.\n`,
    );
    const json = JSON.parse((await podium('standings', file, '--json')).stdout);
    expect(json.standings[0]).toMatchObject({ memberId: 'ana', points: 11, byCup: { manufacturers: 11 } });
  });
});

describe('podium season with the Manufacturers Cup', () => {
  it('prints teams, Manufacturers Cup races and teamId rows in --json', async () => {
    const json = JSON.parse((await podium('season', 'gtws-2025', '--json')).stdout);
    expect(json.season.teams.find((t: { id: string }) => t.id === 'porsche')).toMatchObject({
      name: 'Porsche',
      driverIds: ['shota-sato', 'jose-serrano', 'angel-inostroza'],
    });
    const wf = json.season.rounds.find((r: { id: string }) => r.id === 'gtws-2025-wf');
    expect(
      wf.races.filter((r: { cup: string }) => r.cup === 'manufacturers').map((r: { id: string }) => r.id),
    ).toEqual([
      'gtws-2025-wf-manufacturers-race1',
      'gtws-2025-wf-manufacturers-race2',
      'gtws-2025-wf-manufacturers-race3',
      'gtws-2025-wf-manufacturers-gf',
    ]);
    const race2 = json.season.results.find(
      (r: { raceId: string }) => r.raceId === 'gtws-2025-wf-manufacturers-race2',
    );
    expect(race2.classification[0]).toEqual({ position: 1, teamId: 'porsche', status: 'finished' });
    expect(json.season.champions).toContainEqual(
      expect.objectContaining({ cup: 'manufacturers', entryId: 'porsche' }),
    );
  });

  it('names both line-ups and champions in the summary', async () => {
    const text = (await podium('season', 'gtws-2025')).stdout;
    expect(text).toContain('Manufacturers Cup line-up: 10 teams');
    expect(text).toContain('Manufacturers Cup champion: Porsche');
    expect(text).toContain('    gtws-2025-r1-manufacturers-gf  pickable  result: first 2 known');
    expect((await podium('season', 'gtws-2026')).stdout).toContain(
      'Manufacturers Cup line-up: not known yet',
    );
  });
});
