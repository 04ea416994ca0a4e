/**
 * The same race report in every shipped language: headings, headers, country
 * names, Car/Track/Fastest Lap lines and "N laps" translated as the site
 * prints them. Each copy must give the English classification.
 */
import { describe, expect, it } from 'vitest';
import type { Season } from '../../../shared/domain/types';
import { parseResultsText, planResultsText, type ParsedRace, type ParsedRow } from '../../../shared/results';
import { BUILT_IN_SEASONS, getBuiltInSeason } from '../../../shared/seasons';
import { fixtureText, OFFICIAL_FILE, PIPE_FILE } from './helpers';

const season = getBuiltInSeason('gtws-2025')!;
const LANGS = ['es', 'fr', 'it', 'de', 'ja', 'pt-BR'] as const;

/** gtws-2025 with the Japanese drivers' names in Japanese script as aliases. */
function withJapaneseAliases(base: Season): Season {
  const aliases: Record<string, string> = { 'takuma-miyazono': '宮園拓真', 'takuma-sasaki': '佐々木拓眞' };
  return {
    ...base,
    drivers: base.drivers.map((d) => (aliases[d.id] ? { ...d, aliases: [...d.aliases, aliases[d.id]!] } : d)),
  };
}

/** What must not change with the language: everything but the printed names and lines. */
function classification(race: ParsedRace) {
  return {
    session: race.session,
    track: race.track,
    car: race.car,
    laps: race.laps,
    line: race.line,
    suggestedRaceId: race.suggestedRaceId,
    fastestLap: race.fastestLap && [
      race.fastestLap.driverId,
      race.fastestLap.timeMs,
      race.fastestLap.country,
    ],
    rows: race.rows.map((r: ParsedRow) => [
      r.position,
      r.country,
      r.driverId,
      r.time,
      r.timeMs,
      r.gapMs,
      r.points,
      r.status,
    ]),
  };
}

const english = parseResultsText(fixtureText(OFFICIAL_FILE), { season });

describe.each(LANGS)('the 2025 London report in %s', (lang) => {
  const text = fixtureText(`2025-r1-london-nations-official.${lang}.txt`);
  const matchIn = lang === 'ja' ? withJapaneseAliases(season) : season;

  it('gives the English classification, table by table, with no issues', () => {
    const outcome = parseResultsText(text, { season: matchIn });
    expect(outcome.format).toBe('official-text');
    expect(outcome.issues).toEqual([]);
    expect(outcome.races.map(classification)).toEqual(english.races.map(classification));
  });

  it('is placed in the 2025 season, each table in its race, from nothing but its own text', () => {
    const plan = planResultsText(text, BUILT_IN_SEASONS);
    expect(plan.seasonId).toBe('gtws-2025');
    expect(plan.tables.map((t) => [t.detection.raceId, t.detection.cup])).toEqual([
      ['gtws-2025-r1-nations-quali', 'nations'],
      ['gtws-2025-r1-nations-sprint', 'nations'],
      ['gtws-2025-r1-nations-gf', 'nations'],
    ]);
  });
});

describe.each(['es', 'ja'] as const)('the London Grand Final pipe table in %s', (lang) => {
  it('gives the English rows, unpaid rows without points included', () => {
    const matchIn = lang === 'ja' ? withJapaneseAliases(season) : season;
    const en = parseResultsText(fixtureText(PIPE_FILE), { season });
    const read = parseResultsText(fixtureText(`2025-r1-london-nations-grand-final-pipe.${lang}.txt`), {
      season: matchIn,
    });
    expect(read.format).toBe('pipe-table');
    expect(read.issues).toEqual([]);
    expect(read.races.map(classification)).toEqual(en.races.map(classification));
  });
});

describe('drivers written in Japanese script', () => {
  const text = fixtureText('2025-r1-london-nations-official.ja.txt');

  it('match through the entry list aliases, with or without a space in the name', () => {
    const outcome = parseResultsText(text.replace('宮園拓真 44', '宮園 拓真 44'), {
      season: withJapaneseAliases(season),
    });
    const gf = outcome.races[2]!;
    expect(gf.rows[5]).toMatchObject({ driver: '宮園拓真', driverId: 'takuma-miyazono', country: 'JP' });
    expect(gf.rows[3]).toMatchObject({ driver: '佐々木拓眞', driverId: 'takuma-sasaki' });
    expect(gf.rows[3]!.match?.method).toBe('alias');
    const spaced = parseResultsText("順位 国/地域 / ドライバー タイム\n1 日本 宮園 拓真 44'25.829", {
      season: withJapaneseAliases(season),
    });
    expect(spaced.races[0]!.rows[0]).toMatchObject({ driver: '宮園 拓真', driverId: 'takuma-miyazono' });
  });

  it('stay unmatched and shown as printed when no alias names them, never guessed', () => {
    const outcome = parseResultsText(text, { season });
    const gf = outcome.races[2]!;
    expect(gf.rows[5]).toMatchObject({ driver: '宮園拓真', driverId: null });
    expect(gf.rows[5]!.match?.suggestions).toEqual([]);
    const issue = outcome.issues.find((i) => i.line === gf.rows[5]!.line)!;
    expect(issue).toMatchObject({ severity: 'error', code: 'unknown-driver' });
    expect(issue.message).toContain('宮園拓真');
    // The other rows are matched as usual.
    expect(gf.rows.filter((r) => r.driverId === null).map((r) => r.driver)).toEqual([
      '佐々木拓眞',
      '宮園拓真',
    ]);
  });
});

describe('tables found by the shape of their rows', () => {
  const ROWS =
    "1 España Jose Serrano 44'25.829 6\n2 España Pol Urra +00.287 5\n3 Italia Valerio Gallo +06.668 4";
  const HEADERS: Record<string, string> = {
    en: 'Rank Country / Driver Time Points',
    es: 'Pos. País / Piloto Tiempo Puntos',
    fr: 'Pos. Pays / Pilote Temps Points',
    it: 'Pos. Paese / Pilota Tempo Punti',
    de: 'Pos. Land / Fahrer Zeit Punkte',
    ja: '順位 国/地域 / ドライバー タイム ポイント',
    'pt-BR': 'Pos. País / Piloto Tempo Pontos',
  };

  it.each(Object.entries(HEADERS))('a %s header opens the table on its own line', (_lang, header) => {
    const outcome = parseResultsText(`Gran Final\n\n${header}\n${ROWS}\n`, { season });
    expect(outcome.issues).toEqual([]);
    expect(outcome.races).toHaveLength(1);
    expect(outcome.races[0]).toMatchObject({ title: 'Gran Final', session: 'gf', line: 3 });
    expect(outcome.races[0]!.rows.map((r) => [r.position, r.country, r.driverId, r.points])).toEqual([
      [1, 'ES', 'jose-serrano', 6],
      [2, 'ES', 'pol-urra', 5],
      [3, 'IT', 'valerio-gallo', 4],
    ]);
  });

  it('the header of the issue ("Pos. País / Piloto Tiempo Puntos") is no longer refused', () => {
    const outcome = parseResultsText(`Pos. País / Piloto Tiempo Puntos\n${ROWS}`);
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(outcome.races[0]!.rows).toHaveLength(3);
    expect(outcome.documentTitle).toBeNull();
  });

  it('a header in a language the app does not know is found by the rows below it', () => {
    const outcome = parseResultsText(`Poz. Kraj / Kierowca Czas Punkty\n${ROWS}`, { season });
    expect(outcome.races).toHaveLength(1);
    expect(outcome.races[0]!.line).toBe(1);
    expect(outcome.races[0]!.rows.map((r) => r.driverId)).toEqual([
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
  });

  it('a table with no header at all is found, rows without times included', () => {
    const outcome = parseResultsText(`Carrera al sprint\n\n${ROWS}\n4 Japón Takuma Sasaki Abandono`, {
      season,
    });
    expect(outcome.races).toHaveLength(1);
    expect(outcome.races[0]!.session).toBe('sprint');
    expect(outcome.races[0]!.rows.map((r) => [r.driverId, r.status])).toEqual([
      ['jose-serrano', 'finished'],
      ['pol-urra', 'finished'],
      ['valerio-gallo', 'finished'],
      ['takuma-sasaki', 'dnf'],
    ]);
  });

  it('a 2024 report in Spanish with rows of names only (no times) reads like the English one', () => {
    const en = parseResultsText(fixtureText('2024-wf-nations-report.txt'));
    const es = en.races.length;
    const spanish = fixtureText('2024-wf-nations-report.txt')
      .replace(/Rank Country \/ Driver/g, 'Pos. País / Piloto')
      .replace(/^Race (\d)$/gm, 'Carrera $1')
      .replace(/^Grand Final$/m, 'Gran Final')
      .replace(/Track: /g, 'Circuito: ')
      .replace(/ (\d+) Laps/g, ' $1 vueltas')
      .replace(/ Italy /g, ' Italia ')
      .replace(/ Spain /g, ' España ')
      .replace(/ Japan /g, ' Japón ')
      .replace(/ Netherlands /g, ' Paises Bajos ')
      .replace(/ Brazil /g, ' Brasil ')
      .replace(/ USA /g, ' EE. UU. ')
      .replace(/ France /g, ' Francia ');
    const read = parseResultsText(spanish);
    expect(read.races).toHaveLength(es);
    expect(
      read.races.map((r) => [r.session, r.track, r.laps, r.rows.map((x) => [x.country, x.driver])]),
    ).toEqual(en.races.map((r) => [r.session, r.track, r.laps, r.rows.map((x) => [x.country, x.driver])]));
  });

  it('a pipe table with an unknown header, or none, takes its columns from its first row', () => {
    const rows = "| 1 | Espagne Jose Serrano | 44'25.829 | 6 |\n| 2 | Espagne Pol Urra | +00.287 | 5 |\n";
    for (const [text, line] of [
      [`| Poz. | Kraj / Kierowca | Czas | Punkty |\n|---|---|---|---|\n${rows}`, 1],
      [rows, 1],
      [`| Pos. | Pays / Pilote | Temps | Points |\n|---|---|---|---|\n${rows}`, 1],
    ] as const) {
      const outcome = parseResultsText(text, { season });
      expect(outcome.format).toBe('pipe-table');
      expect(outcome.races[0]!.line).toBe(line);
      expect(outcome.races[0]!.rows.map((r) => [r.country, r.driverId, r.timeMs, r.points])).toEqual([
        ['ES', 'jose-serrano', 2665829, 6],
        ['ES', 'pol-urra', 2666116, 5],
      ]);
      expect(outcome.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });

  it('a page with no table still gives the clear error', () => {
    const outcome = parseResultsText(
      'Gran Final\n\nJose Serrano ganó la Gran Final por delante de Pol Urra.\n',
    );
    expect(outcome.races).toEqual([]);
    expect(outcome.issues[0]!.message).toMatch(/No results table was found/);
  });

  it('a prose line above a numbered sentence does not become a table', () => {
    const outcome = parseResultsText('Una carrera increíble en Londres\n2025 fue un gran año para España\n');
    expect(outcome.races).toEqual([]);
  });
});

const FINALISTS: Record<string, [string, string]> = {
  NL: ['Kaj de Bruin', 'kaj-de-bruin'],
  JP: ['Takuma Miyazono', 'takuma-miyazono'],
  BR: ['Adriano Carrazza', 'adriano-carrazza'],
};

describe('vocabulary in rows and cells', () => {
  it.each([
    ['es', 'Abandono', 'dnf'],
    ['es', 'Descalificado', 'dsq'],
    ['es', 'No salió', 'dns'],
    ['fr', 'Abandon', 'dnf'],
    ['fr', 'Disqualifié', 'dsq'],
    ['fr', 'Non partant', 'dns'],
    ['it', 'Ritirato', 'dnf'],
    ['it', 'Squalificato', 'dsq'],
    ['de', 'Ausgefallen', 'dnf'],
    ['de', 'Nicht gestartet', 'dns'],
    ['ja', 'リタイア', 'dnf'],
    ['ja', '失格', 'dsq'],
    ['pt-BR', 'Não completou', 'dnf'],
    ['pt-BR', 'Desclassificado', 'dsq'],
    ['en', 'DNF', 'dnf'],
  ])('%s "%s" ends a row as %s, in text and in a pipe table', (_lang, word, status) => {
    const text = `Rank Country / Driver Time\n1 Spain Jose Serrano 44'25.829\n2 Spain Pol Urra ${word}\n`;
    const row = parseResultsText(text, { season }).races[0]!.rows[1]!;
    expect([row.driverId, row.status, row.time]).toEqual(['pol-urra', status, null]);
    const pipe = `Rank | Country / Driver | Time |\n---|---|---|\n1 | Spain Jose Serrano | 44'25.829 |\n2 | Spain Pol Urra | ${word} |\n`;
    expect(parseResultsText(pipe, { season }).races[0]!.rows[1]!.status).toBe(status);
  });

  it.each([
    ['Países Bajos', 'NL'],
    ['Paises Bajos', 'NL'],
    ['Japón', 'JP'],
    ['Japon', 'JP'],
    ['Brésil', 'BR'],
    ['Bresil', 'BR'],
    ['Niederlande', 'NL'],
    ['Giappone', 'JP'],
    ['Países Baixos', 'NL'],
    ['オランダ', 'NL'],
  ])('the country "%s" is read as %s', (name, code) => {
    const [driver, driverId] = FINALISTS[code]!;
    const outcome = parseResultsText(`Rank Country / Driver Time\n1 ${name} ${driver} 44'25.829\n`, {
      season,
    });
    expect(outcome.races[0]!.rows[0]).toMatchObject({ country: code, countryText: name, driverId });
    expect(outcome.issues).toEqual([]);
  });

  it.each([
    ['Sprint Race', 'gtws-2025-r1-nations-sprint'],
    ['Carrera al sprint', 'gtws-2025-r1-nations-sprint'],
    ['Course sprint', 'gtws-2025-r1-nations-sprint'],
    ['Gran Final', 'gtws-2025-r1-nations-gf'],
    ['Grande finale', 'gtws-2025-r1-nations-gf'],
    ['Finale', 'gtws-2025-r1-nations-gf'],
    ['Großes Finale', 'gtws-2025-r1-nations-gf'],
    ['グランドファイナル', 'gtws-2025-r1-nations-gf'],
    ['Grande Final', 'gtws-2025-r1-nations-gf'],
    ['Contrarreloj de clasificación', 'gtws-2025-r1-nations-quali'],
    ['Carrera 2', 'gtws-2025-wf-nations-race2'],
    ['Gara 1', 'gtws-2025-wf-nations-race1'],
    ['レース1', 'gtws-2025-wf-nations-race1'],
  ])('the heading "%s" puts its table in %s', (heading, raceId) => {
    const event = raceId.includes('-wf-') ? 'Finales Mundiales' : 'Ronda 1';
    const text = `Gran Turismo World Series 2025 ${event}\n\n${heading}\n\nPos. País / Piloto Tiempo\n1 España Jose Serrano 44'25.829\n2 España Pol Urra +00.287\n`;
    const plan = planResultsText(text, BUILT_IN_SEASONS);
    expect(plan.tables[0]!.detection.raceId).toBe(raceId);
    expect(plan.outcome.races[0]!.title).toBe(heading);
  });
});
