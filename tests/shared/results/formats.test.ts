/** Each input format and its variants: reports in prose, CSV dialects, JSON, countries, names, times. */
import { describe, expect, it } from 'vitest';
import {
  parseResultsText,
  parseTimeMs,
  resolveCountry,
  splitCountryDriver,
  toContractJson,
} from '../../../shared/results';
import { getBuiltInSeason } from '../../../shared/seasons';
import { fixtureText, OFFICIAL_FILE, PIPE_FILE, rowFacts } from './helpers';

const season = getBuiltInSeason('gtws-2025')!;

describe('times and gaps', () => {
  it.each([
    ["44'25.829", 2665829],
    ["17'47.179", 1067179],
    ['+00.205', 205],
    ["+1'05.938", 65938],
    ["1'25.165", 85165],
    ['+0.112', 112],
    ['1:25.165', 85165],
    ['1:02:03.456', 3723456],
    ['25.1', 25100],
    ['1’25.634', 85634],
  ])('%s → %d ms', (text, ms) => expect(parseTimeMs(text)).toBe(ms));

  it.each(['6', "1'75.000", 'abc', '', '+', "99999999999999'00.000"])('%s is not a usable time', (text) =>
    expect(parseTimeMs(text)).toBeNull(),
  );
});

describe('countries and names', () => {
  it.each([
    ['New Zealand Kaj de Bruin', 'NZ', 'Kaj de Bruin'],
    ['Hong Kong Chan Tai Man', 'HK', 'Chan Tai Man'],
    ['United States Robert Heck', 'US', 'Robert Heck'],
    ['USA Calen Roach', 'US', 'Calen Roach'],
    ['Great Britain Lewis Someone', 'GB', 'Lewis Someone'],
    ['Korea Kim Yeong-hun', 'KR', 'Kim Yeong-hun'],
    ['Netherlands Kaj de Bruin', 'NL', 'Kaj de Bruin'],
    ['Czech Republic Jan Novak', 'CZ', 'Jan Novak'],
    ['Türkiye Ali Veli', 'TR', 'Ali Veli'],
    ['ESP José Serrano', 'ES', 'José Serrano'],
  ])('%s', (text, country, driver) => {
    expect(splitCountryDriver(text)).toMatchObject({ country, driver });
  });

  it('resolves cells by name, variant and code', () => {
    expect(resolveCountry('Spain')).toBe('ES');
    expect(resolveCountry('españa')).toBeNull();
    expect(resolveCountry('JPN')).toBe('JP');
    expect(resolveCountry('jp')).toBe('JP');
    expect(resolveCountry('Côte d’Ivoire')).toBe('CI');
  });

  it('reads accents, stripped accents and particles in rows', () => {
    const text = [
      'Rank Country / Driver Time Points',
      "1 Spain José Serrano 44'25.829 6",
      '2 Spain Coque Lopez +00.287 5',
      '3 Netherlands Kaj de Bruin +06.668 4',
      '4 New Zealand Guy Barbara +07.000 3',
    ].join('\n');
    const outcome = parseResultsText(text, { season: getBuiltInSeason('gtws-2024')! });
    const rows = outcome.races[0]!.rows;
    expect(rows.map((r) => [r.country, r.driver, r.driverId, r.match?.method])).toEqual([
      ['ES', 'José Serrano', 'jose-serrano', 'accent-insensitive'],
      ['ES', 'Coque Lopez', 'coque-lopez', 'accent-insensitive'],
      ['NL', 'Kaj de Bruin', 'kaj-de-bruin', 'exact'],
      ['NZ', 'Guy Barbara', 'guy-barbara', 'exact'],
    ]);
    // Guy Barbara is Australian in the entry list: a warning, not a silent fix.
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 5,
        message: expect.stringContaining('Australia'),
      }),
    ]);
  });
});

describe('pasted race report', () => {
  it('finds every table with its heading, car, track and fastest lap inside prose', () => {
    const report = [
      'Serrano does it again in London',
      '',
      'Jose Serrano won the Grand Final of Round 1 in London after a tense battle with his team-mate Pol Urra, who finished a mere 0.287 seconds behind.',
      '',
      'Sprint Race',
      'Car: Aston Martin Valkyrie ’21',
      'Track: 24 Heures du Mans Racing Circuit (5 laps)',
      'Rank | Country / Driver | Time |',
      '---|---|---|',
      "1 | Spain Jose Serrano | 15'24.551 |",
      '2 | Spain Pol Urra | +00.269 |',
      '',
      "Fastest Lap: Australia Guy Barbara 3'03.550",
      '',
      'The Grand Final was just as close. 12 drivers took the start and all of them finished.',
      '',
      'Grand Final Results',
      'Track: Grand Valley - Highway 1 Reverse',
      'Laps: 30',
      'Rank Country / Driver Time Points',
      "1 Spain Jose Serrano 44'25.829 6",
      '2 Spain Pol Urra +00.287 5',
      '3 Italy Valerio Gallo +06.668 4',
      "Fastest Lap: Spain Pol Urra 1'25.634",
      '',
      'Next up: Berlin in September.',
    ].join('\n');
    const outcome = parseResultsText(report, { season });
    expect(outcome.issues).toEqual([]);
    expect(outcome.format).toBe('official-text');
    expect(
      outcome.races.map((r) => [
        r.title,
        r.session,
        r.track,
        r.laps,
        r.car,
        r.rows.length,
        r.fastestLap?.driver,
      ]),
    ).toEqual([
      [
        'Sprint Race',
        'sprint',
        '24 Heures du Mans Racing Circuit',
        5,
        'Aston Martin Valkyrie ’21',
        2,
        'Guy Barbara',
      ],
      ['Grand Final', 'gf', 'Grand Valley - Highway 1 Reverse', 30, null, 3, 'Pol Urra'],
    ]);
    expect(outcome.races[1]!.rows[2]).toMatchObject({
      line: 23,
      driverId: 'valerio-gallo',
      timeMs: 2665829 + 6668,
    });
  });

  it('reads a table whose header line was not copied', () => {
    const outcome = parseResultsText(
      "Grand Final\n1 Spain Jose Serrano 44'25.829 6\n2 Spain Pol Urra +00.287 5\n",
    );
    expect(outcome.races[0]!.rows.map(rowFacts)).toEqual([
      [1, 'ES', 'Jose Serrano', "44'25.829", 2665829, 0, 6],
      [2, 'ES', 'Pol Urra', '+00.287', 2666116, 287, 5],
    ]);
    expect(outcome.issues).toEqual([expect.objectContaining({ severity: 'info', line: 2 })]);
  });

  it('reads markdown pipe tables with outer pipes and DNF rows', () => {
    const text = [
      '| Pos | Country / Driver | Time | Points |',
      '|:---|:---|---:|---:|',
      "| 1 | Spain Jose Serrano | 44'25.829 | 6 |",
      '| 2 | Spain Pol Urra | +00.287 | 5 |',
      '| DNF | Japan Takuma Miyazono | | |',
      '| 4 | Italy Valerio Gallo | DSQ | 0 |',
    ].join('\n');
    const outcome = parseResultsText(text);
    expect(outcome.format).toBe('pipe-table');
    expect(outcome.races[0]!.rows.map((r) => [r.position, r.driver, r.status, r.timeMs])).toEqual([
      [1, 'Jose Serrano', 'finished', 2665829],
      [2, 'Pol Urra', 'finished', 2666116],
      [3, 'Takuma Miyazono', 'dnf', null],
      [4, 'Valerio Gallo', 'dsq', null],
    ]);
    expect(outcome.issues).toEqual([]);
  });

  it('reads status words in whitespace rows', () => {
    const outcome = parseResultsText(
      "Rank Country / Driver Time Points\n1 Spain Jose Serrano 44'25.829 6\n2 Spain Pol Urra DNF 0\nDNS France Kylian Drumont\n",
    );
    expect(outcome.races[0]!.rows.map((r) => [r.position, r.status, r.points])).toEqual([
      [1, 'finished', 6],
      [2, 'dnf', 0],
      [3, 'dns', null],
    ]);
  });
});

describe('CSV', () => {
  const rows = [
    ['Position', 'Country', 'Driver', 'Time', 'Points'],
    ['1', 'Spain', 'Jose Serrano', "44'25.829", '6'],
    ['2', 'ES', 'Pol Urra', '+00.287', '5'],
    ['3', 'Italy', 'Valerio Gallo', '+06.668', ''],
  ];
  const expected = [
    [1, 'ES', 'Jose Serrano', "44'25.829", 2665829, 0, 6],
    [2, 'ES', 'Pol Urra', '+00.287', 2666116, 287, 5],
    [3, 'IT', 'Valerio Gallo', '+06.668', 2672497, 6668, null],
  ];

  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ])('%s separated', (_name, delimiter) => {
    const outcome = parseResultsText(rows.map((r) => r.join(delimiter)).join('\n'), { season });
    expect(outcome.format).toBe('csv');
    expect(outcome.issues).toEqual([]);
    expect(outcome.races[0]!.rows.map(rowFacts)).toEqual(expected);
    expect(outcome.races[0]!.rows.map((r) => r.driverId)).toEqual([
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
  });

  it('with BOM, CRLF, quotes and a combined Country / Driver column', () => {
    const text =
      '\uFEFFRank,Country / Driver,Time,Gap,Points\r\n1,"Spain Jose Serrano",1\'25.165,,\r\n2,"Spain Pol Urra",1\'25.277,+0.112,\r\n\r\n';
    const outcome = parseResultsText(text);
    expect(outcome.format).toBe('csv');
    expect(outcome.issues).toEqual([]);
    expect(
      outcome.races[0]!.rows.map((r) => [r.position, r.country, r.driver, r.timeMs, r.gapMs, r.gap]),
    ).toEqual([
      [1, 'ES', 'Jose Serrano', 85165, 0, null],
      [2, 'ES', 'Pol Urra', 85277, 112, '+0.112'],
    ]);
  });

  it('reports bad rows with their line numbers (quoted newlines counted)', () => {
    const text =
      'Position,Driver,Time\n1,"Jose\nSerrano",1\'25.165\nx,Pol Urra,1\'25.277\n3,Valerio Gallo,fast\n';
    const outcome = parseResultsText(text);
    expect(outcome.issues.map((i) => [i.severity, i.line])).toEqual([
      ['error', 4],
      ['error', 5],
    ]);
  });

  it('splits a file with a Race column into tables', () => {
    const text =
      "Race,Position,Driver,Time\nSprint Race,1,Jose Serrano,15'24.551\nGrand Final,1,Jose Serrano,44'25.829\nGrand Final,2,Pol Urra,+00.287\n";
    const outcome = parseResultsText(text);
    expect(outcome.races.map((r) => [r.title, r.session, r.rows.length])).toEqual([
      ['Sprint Race', 'sprint', 1],
      ['Grand Final', 'gf', 2],
    ]);
  });

  it('warns about a country it does not know', () => {
    const outcome = parseResultsText("Position,Country,Driver,Time\n1,Atlantis,Jose Serrano,44'25.829\n");
    expect(outcome.races[0]!.rows[0]).toMatchObject({ country: null, countryText: 'Atlantis' });
    expect(outcome.issues).toEqual([
      {
        severity: 'warning',
        line: 2,
        message: '"Atlantis" is not a country the app knows.',
        code: 'unknown-country',
        params: { country: 'Atlantis' },
      },
    ]);
  });

  it('refuses a .csv file without a usable header', () => {
    const outcome = parseResultsText('a,b,c\n1,2,3\n', { fileName: 'results.csv' });
    expect(outcome.issues).toEqual([expect.objectContaining({ severity: 'error', line: 1 })]);
  });
});

describe('JSON', () => {
  it('reads back what `podium parse --json` prints', () => {
    const first = parseResultsText(fixtureText(OFFICIAL_FILE), { season });
    const again = parseResultsText(JSON.stringify(toContractJson(first), null, 2), { season });
    expect(again.format).toBe('json');
    expect(again.issues).toEqual([]);
    expect(toContractJson(again).races).toEqual(toContractJson(first).races);
  });

  it('reports schema problems on the line of the offending value', () => {
    const text =
      '{\n  "races": [\n    {\n      "rows": [\n        { "position": 1, "driver": "Jose Serrano" },\n        { "position": "two", "driver": "Pol Urra" }\n      ]\n    }\n  ]\n}';
    const outcome = parseResultsText(text);
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 6,
        message: expect.stringContaining('race 1, row 2, position'),
      }),
    ]);
  });

  it('reports syntax errors with a line', () => {
    const outcome = parseResultsText('{\n  "races": [\n    { "rows": [ }\n  ]\n}');
    expect(outcome.issues[0]).toMatchObject({ severity: 'error', line: 3 });
  });

  it('is safe with __proto__ and constructor keys', () => {
    const text =
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "races": [{"__proto__": {"x": 1}, "rows": [{"position": 1, "driver": "Jose Serrano", "__proto__": {"admin": true}}]}]}';
    const outcome = parseResultsText(text);
    expect(outcome.issues).toEqual([]);
    expect(outcome.races[0]!.rows[0]!.driver).toBe('Jose Serrano');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.getPrototypeOf(outcome.races[0]!.rows[0])).toBe(Object.prototype);
  });

  it('refuses hostile nesting without a stack overflow', () => {
    const outcome = parseResultsText('['.repeat(100_000));
    expect(outcome.issues[0]).toMatchObject({ severity: 'error', line: 1 });
  });
});

describe('pipe fixture variants', () => {
  it('reads the pipe table with CRLF line endings', () => {
    const outcome = parseResultsText(fixtureText(PIPE_FILE).replace(/\n/g, '\r\n'));
    expect(outcome.issues).toEqual([]);
    expect(outcome.races[0]!.rows).toHaveLength(12);
  });
});
