/**
 * `podium parse --json` without --season/--race detects each table's season and
 * race; the Results screen's plan for the same file is the same. In process (./in-process).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { podium } from './in-process';
import { planResultsText } from '../../shared/results';
import { BUILT_IN_SEASONS } from '../../shared/seasons';
import { parseJob } from '../../renderer/src/screens/results/parse-job';

const FIX = 'tests/fixtures/results';

interface JsonRace {
  seasonId: string | null;
  raceId: string | null;
  cup: string | null;
  rows: { driver: string; driverId: string | null }[];
}

async function parseJson(file: string) {
  const { code, stdout, stderr } = await podium('parse', file, '--json');
  return { code, json: JSON.parse(stdout) as { races: JsonRace[] }, stderr };
}

describe('podium parse --json without --season/--race', () => {
  it('the 2024 World Finals report: every table in 2024, its race, and 2024 driver ids', async () => {
    const { code, json, stderr } = await parseJson(`${FIX}/2024-wf-nations-report.txt`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(json.races.map((r) => [r.seasonId, r.raceId, r.cup])).toEqual([
      ['gtws-2024', 'gtws-2024-wf-nations-race1', 'nations'],
      ['gtws-2024', 'gtws-2024-wf-nations-race2', 'nations'],
      ['gtws-2024', 'gtws-2024-wf-nations-gf', 'nations'],
    ]);
    expect(json.races[2]!.rows.map((r) => r.driverId)).toEqual([
      'takuma-miyazono',
      'kylian-drumont',
      'kaj-de-bruin',
      'valerio-gallo',
      'takuma-sasaki',
      'jose-serrano',
      'angel-inostroza',
      'guy-barbara',
      'coque-lopez',
      'adriano-carrazza',
      'robert-heck',
      'calen-roach',
    ]);
  });

  it('a table nothing identifies: raceId and cup null, names unmatched when the season is unknown too', async () => {
    const text = "Grand Final\nRank Country / Driver Time\n1 Spain Somebody Else 44'25.829\n";
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'podium-parse-')), 'bare.txt');
    writeFileSync(file, text);
    const { json } = await parseJson(file);
    expect(json.races[0]).toMatchObject({ seasonId: null, raceId: null, cup: null });
    expect(json.races[0]!.rows[0]!.driverId).toBeNull();
  });

  it('the human output says where each table goes and why', async () => {
    const { stdout } = await podium('parse', `${FIX}/2025-r1-london-nations-grand-final-pipe.txt`);
    expect(stdout).toContain(
      "Race: gtws-2025-r1-nations-gf (matched by title year 2025, title 'Round 1', Nations Cup, heading 'Grand Final', 12 of 12 drivers on the entry list)",
    );
  });

  it('app and CLI give the same plan for the same file', async () => {
    for (const name of [
      '2024-wf-nations-report.txt',
      '2025-r1-london-nations-official.txt',
      '2025-r1-london-nations-grand-final-pipe.txt',
    ]) {
      const text = readFileSync(`${FIX}/${name}`, 'utf8');
      const { json } = await parseJson(`${FIX}/${name}`);
      // The Results screen parses in its job with every season it knows and the active league's as fallback.
      const app = parseJob({
        bytes: new Uint8Array(readFileSync(`${FIX}/${name}`)),
        fileName: name,
        seasons: BUILT_IN_SEASONS,
        fallbackSeasonId: 'gtws-2025',
      });
      expect(app.plan.tables.map((t) => t.detection.raceId)).toEqual(json.races.map((r) => r.raceId));
      expect(app.plan.seasonId).toBe(json.races[0]!.seasonId);
      expect(app.plan.outcome.races.map((r) => r.rows.map((row) => row.driverId))).toEqual(
        json.races.map((r) => r.rows.map((row) => row.driverId)),
      );
      expect(planResultsText(text, BUILT_IN_SEASONS).tables).toEqual(app.plan.tables);
    }
  });
});

describe('podium parse --json on Manufacturers Cup tables', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'podium-parse-teams-'));

  it('reports the cup of each table and the teamId of each team row', async () => {
    const file = path.join(dir, 'r1-both.json');
    writeFileSync(
      file,
      JSON.stringify({
        races: [
          {
            rows: [
              { position: 1, teamId: 'subaru', driver: 'Takuma Miyazono', points: 6 },
              { position: 2, teamId: 'bmw', driver: 'Seiya Suzuki', points: 5 },
            ],
          },
          {
            title: 'Grand Final',
            session: 'gf',
            rows: [
              { position: 1, country: 'ES', driver: 'Jose Serrano', driverId: 'jose-serrano', points: 6 },
            ],
          },
        ],
      }),
    );
    const { code, stdout } = await podium('parse', file, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      races: {
        cup: string | null;
        rows: { teamId?: string | null; driverId: string | null; driver: string }[];
      }[];
    };
    expect(json.races.map((r) => r.cup)).toEqual(['manufacturers', null]);
    expect(json.races[0]!.rows.map((r) => [r.teamId, r.driverId, r.driver])).toEqual([
      ['subaru', null, 'Takuma Miyazono'],
      ['bmw', null, 'Seiya Suzuki'],
    ]);
    expect(json.races[1]!.rows[0]).not.toHaveProperty('teamId');
  });

  it('reads the official Manufacturer / Drivers table and says so in the human output', async () => {
    const { code, stdout } = await podium('parse', `${FIX}/2018-wf-manufacturer-series-final.txt`);
    expect(code).toBe(0);
    expect(stdout).toContain('Manufacturer Series Final (Manufacturers Cup)');
    expect(stdout).toContain('P1  Lexus — Tyrell Meadows / Vincent Rigaud / Kanata Kawakami');
    const json = JSON.parse(
      (await podium('parse', `${FIX}/2018-wf-manufacturer-series-final.txt`, '--json')).stdout,
    ) as {
      races: { cup: string; rows: { team: string; teamId: string | null }[] }[];
    };
    expect(json.races[0]!.cup).toBe('manufacturers');
    // No built-in season lists these 2018 teams: a one-word manufacturer is still told from its drivers.
    const rows = json.races[0]!.rows;
    expect(rows).toHaveLength(4);
    expect([rows[0], rows[1], rows[3]].map((r) => r!.team)).toEqual(['Lexus', 'Toyota', 'Mitsubishi']);
  });
});
