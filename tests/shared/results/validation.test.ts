/** Result validation: every problem is an issue with a severity, a line and a readable message. */
import { describe, expect, it } from 'vitest';
import type { Season } from '../../../shared/domain/types';
import { parseResultsBytes, parseResultsText, toRaceResult } from '../../../shared/results';
import { findRace, getBuiltInSeason } from '../../../shared/seasons';
import { fixtureText, OFFICIAL_FILE, PIPE_FILE } from './helpers';

const season = getBuiltInSeason('gtws-2025')!;
const grandFinal = findRace(season, 'gtws-2025-r1-nations-gf')!;
const HEADER = 'Rank Country / Driver Time Points';

function issuesOf(text: string, options = {}) {
  return parseResultsText(text, options).issues.map((i) => [i.severity, i.line, i.message] as const);
}

describe('driver matching', () => {
  it('"Jorge Serrano" is not silently Jose Serrano: unknown, with a suggestion', () => {
    const text = `${HEADER}\n1 Spain Jorge Serrano 44'25.829 6\n2 Spain Pol Urra +00.287 5\n`;
    const outcome = parseResultsText(text, { season });
    const row = outcome.races[0]!.rows[0]!;
    expect(row.driverId).toBeNull();
    expect(row.match).toMatchObject({ driverId: null, method: null });
    expect(row.match!.suggestions[0]).toMatchObject({ driverId: 'jose-serrano', name: 'Jose Serrano' });
    expect(outcome.issues).toEqual([
      {
        severity: 'error',
        line: 2,
        message: expect.stringMatching(
          /"Jorge Serrano" is not in the 2025 entry list\. Did you mean Jose Serrano/,
        ),
        code: 'unknown-driver',
        params: { driver: 'Jorge Serrano', season: '2025' },
      },
    ]);
  });

  it('matches PSN IDs, aliases, accents and ids automatically', () => {
    const custom: Season = {
      ...season,
      entryLists: { nations: [], manufacturers: [] },
      drivers: [
        {
          id: 'coque-lopez',
          name: 'Coque López',
          country: 'ES',
          psnIds: ['coquelopez14'],
          aliases: ['Jorge López'],
        },
        { id: 'jose-serrano', name: 'Jose Serrano', country: 'ES', psnIds: ['JoseSerrano_16'], aliases: [] },
      ],
    };
    const text = `${HEADER}\n1 Spain Jorge Lopez 44'25.829 6\n2 Spain JoseSerrano_16 +00.287 5\n3 Spain coque lópez +1.000 4\n4 Spain jose-serrano +2.000 3\n`;
    const rows = parseResultsText(text, { season: custom }).races[0]!.rows;
    expect(rows.map((r) => [r.driverId, r.match?.method])).toEqual([
      ['coque-lopez', 'alias'],
      ['jose-serrano', 'psn-id'],
      ['coque-lopez', 'exact'],
      ['jose-serrano', 'accent-insensitive'],
    ]);
  });

  it('unicode look-alikes (Cyrillic а) never match automatically', () => {
    const outcome = parseResultsText(`${HEADER}\n1 Spain Jose Serr\u0430no 44'25.829 6\n`, { season });
    expect(outcome.races[0]!.rows[0]!.driverId).toBeNull();
    expect(outcome.races[0]!.rows[0]!.match!.suggestions[0]!.driverId).toBe('jose-serrano');
  });

  it('warns when the country disagrees with the entry list', () => {
    expect(issuesOf(`${HEADER}\n1 France Jose Serrano 44'25.829 6\n`, { season })).toEqual([
      ['warning', 2, 'Jose Serrano races for Spain in the entry list, but this row says France.'],
    ]);
  });

  it('toRaceResult needs every driver resolved; user choices fill the gaps', () => {
    const outcome = parseResultsText(
      `${HEADER}\n1 Spain Jorge Serrano 44'25.829 6\n2 Spain Pol Urra +00.287 5\n`,
      { season },
    );
    const race = outcome.races[0]!;
    const refused = toRaceResult(race, grandFinal.id);
    expect(refused.ok).toBe(false);
    const accepted = toRaceResult(race, grandFinal.id, { resolved: new Map([[2, 'jose-serrano']]) });
    expect(
      accepted.ok && accepted.result.classification.map((r) => [r.position, r.driverId, r.timeMs]),
    ).toEqual([
      [1, 'jose-serrano', 2665829],
      [2, 'pol-urra', 2666116],
    ]);
  });
});

describe('table checks', () => {
  it('duplicate and missing positions', () => {
    const text = `${HEADER}\n1 Spain Jose Serrano 44'25.829 6\n2 Spain Pol Urra +00.287 5\n2 Italy Valerio Gallo +06.668 4\n5 Japan Takuma Sasaki +07.063 3\n`;
    expect(issuesOf(text)).toEqual([
      ['error', 4, 'Position 2 appears twice in this table (also on line 3).'],
      ['error', 5, 'Positions 3–4 are missing from this table.'],
    ]);
  });

  it('a driver listed twice', () => {
    const text = `Grand Final\n${HEADER}\n1 Spain Jose Serrano 44'25.829 6\n2 Spain Jose Serrano +00.287 5\n`;
    expect(issuesOf(text)).toEqual([
      ['error', 4, 'Jose Serrano is listed twice in "Grand Final" (also P1 on line 3).'],
    ]);
  });

  it('a row that cannot be split into country and driver', () => {
    const text = `${HEADER}\n1 Spain Jose Serrano 44'25.829 6\n2 Atlantis Pol Urra +00.287 5\n`;
    const issues = issuesOf(text);
    expect(issues).toEqual([
      ['error', 3, expect.stringContaining('cannot tell the country from the driver in "Atlantis Pol Urra"')],
    ]);
  });

  it('a row without a country still reads when the season knows the whole name', () => {
    const outcome = parseResultsText(`${HEADER}\n1 Jose Serrano 44'25.829 6\n`, { season });
    expect(outcome.issues).toEqual([]);
    expect(outcome.races[0]!.rows[0]).toMatchObject({ country: null, driverId: 'jose-serrano' });
  });

  it('times out of order', () => {
    const text = `${HEADER}\n1 Spain Jose Serrano 44'25.829 6\n2 Spain Pol Urra +00.287 5\n3 Italy Valerio Gallo +00.100 4\n`;
    expect(issuesOf(text)).toEqual([
      ['warning', 4, expect.stringContaining("P3 Valerio Gallo (44'25.929) is faster than P2 Pol Urra")],
    ]);
  });

  it('points that disagree with the race table are warnings', () => {
    const text = `${HEADER}\n1 Spain Jose Serrano 44'25.829 6\n2 Spain Pol Urra +00.287 6\n7 Netherlands Kaj de Bruin +10.698 1\n`;
    const issues = issuesOf(text, { season, race: grandFinal }).filter(([, , m]) => m.includes('point'));
    expect(issues).toEqual([
      ['warning', 3, 'P2 Pol Urra is listed with 6 points, but the Grand Final pays 5 for P2.'],
      ['warning', 4, 'P7 Kaj de Bruin is listed with 1 point, but the Grand Final pays 0 for P7.'],
    ]);
  });

  it('points are checked only on the table of the race session', () => {
    const outcome = parseResultsText(fixtureText(OFFICIAL_FILE).replace("44'25.829 6", "44'25.829 9"), {
      season,
      race: grandFinal,
    });
    expect(outcome.issues).toEqual([expect.objectContaining({ severity: 'warning', line: 50 })]);
    const sprint = findRace(season, 'gtws-2025-r1-nations-sprint')!;
    const pipe = parseResultsText(fixtureText(PIPE_FILE), { season, race: sprint });
    // One table: checked against the sprint, which pays nothing.
    expect(pipe.issues.filter((i) => i.message.includes('pays no points'))).toHaveLength(6);
  });

  it('a header with no readable rows', () => {
    expect(issuesOf(`Grand Final\n${HEADER}\n\nThat was it.\n`)).toEqual([
      ['error', 2, 'The table "Grand Final" has no rows that could be read.'],
    ]);
  });

  it('huge positions are refused', () => {
    const issues = issuesOf(`${HEADER}\n99999999999999999999 Spain Jose Serrano 44'25.829 6\n`);
    expect(issues).toContainEqual(['error', 2, expect.stringContaining('not a valid finishing position')]);
  });
});

describe('files that are not results', () => {
  it('empty file', () => {
    expect(issuesOf('')).toEqual([['error', 1, 'The file is empty.']]);
    expect(issuesOf('  \n\n \t\n')).toEqual([['error', 1, 'The file is empty.']]);
  });

  it('prose without tables', () => {
    expect(issuesOf('Jose Serrano won.\nWhat a race!\n')).toEqual([
      ['error', 1, expect.stringContaining('No results table was found')],
    ]);
  });

  it('binary bytes are refused with the line they start on', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Grand Final\nRank'), 0, 1, 2, 3, 0xff, 0xd8]);
    const outcome = parseResultsBytes(bytes);
    expect(outcome.format).toBeNull();
    expect(outcome.issues).toEqual([
      {
        severity: 'error',
        line: 2,
        message: expect.stringContaining('not a text file'),
        code: 'binary-data',
        params: {},
      },
    ]);
  });

  it('files over 5 MB are refused', () => {
    const outcome = parseResultsBytes(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41));
    expect(outcome.issues).toEqual([
      {
        severity: 'error',
        line: 1,
        message: expect.stringContaining('limited to 5 MB'),
        code: 'file-too-large',
        params: { size: '5.0 MB', limitMb: 5 },
      },
    ]);
  });
});

describe('adversarial input', () => {
  it('long pathological lines parse in linear time', () => {
    const run = ' -'.repeat(200_000);
    const inputs = [
      `Track: a${' '.repeat(400_000)}b`,
      `Track: Monza${run}x 12 Laps`,
      `Fastest Lap: Spain${run}x 1'25.000`,
      `Race,Position,Driver\nGrand Final${' '.repeat(400_000)}x,1,Jose Serrano\n`,
      `Rank Country / Driver Time\n1 Spain ${'Jose '.repeat(100_000)}1'25.000\n`,
      `${'|'.repeat(400_000)}\n`,
      `{"races": [${'{"rows": []},'.repeat(50_000)}{"rows": []}]}`,
    ];
    for (const text of inputs) {
      const started = performance.now();
      const outcome = parseResultsText(text);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(outcome.issues.every((i) => i.line >= 1)).toBe(true);
    }
  });
});

describe('race assignment', () => {
  it('warns when the document title names another round than the chosen race', () => {
    const race = findRace(season, 'gtws-2025-r2-nations-gf')!;
    const outcome = parseResultsText(fixtureText(PIPE_FILE), { season, race });
    expect(outcome.races[0]!.suggestedRaceId).toBe('gtws-2025-r2-nations-gf');
    expect(outcome.issues).toContainEqual({
      severity: 'warning',
      line: 1,
      message:
        'The file\'s title "Gran Turismo World Series 2025 Round 1 - Nations Cup" points to gtws-2025-r1-nations-gf, but the results are being read for gtws-2025-r2-nations-gf.',
      code: 'title-other-race',
      params: {
        title: 'Gran Turismo World Series 2025 Round 1 - Nations Cup',
        named: 'gtws-2025-r1-nations-gf',
        race: 'gtws-2025-r2-nations-gf',
      },
    });
  });
});
