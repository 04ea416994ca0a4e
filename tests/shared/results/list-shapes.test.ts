/** The shapes fans copy: numbered and dash lists, countries in brackets, names shortened to an initial. */
import { describe, expect, it } from 'vitest';
import type { Season } from '../../../shared/domain/types';
import { parseResultsText, planResultsText } from '../../../shared/results';
import { BUILT_IN_SEASONS, getBuiltInSeason } from '../../../shared/seasons';

const S2025 = getBuiltInSeason('gtws-2025')!;

const facts = (text: string, season: Season = S2025) =>
  parseResultsText(text, { season }).races.map((race) => ({
    title: race.title,
    laps: race.laps,
    rows: race.rows.map((r) => [r.position, r.country, r.driver, r.driverId, r.gapMs, r.status]),
  }));

describe('lists', () => {
  it('a numbered list of initials: positions as numbered, each initial matched to the one driver it fits', () => {
    const outcome = parseResultsText('Grand Final\n1. J. Serrano\n2. P. Urra\n3. V. Gallo\n', {
      season: S2025,
    });
    expect(outcome.format).toBe('official-text');
    expect(outcome.races[0]!.rows.map((r) => [r.position, r.driverId, r.match?.method])).toEqual([
      [1, 'jose-serrano', 'initial'],
      [2, 'pol-urra', 'initial'],
      [3, 'valerio-gallo', 'initial'],
    ]);
    expect(outcome.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a dash list with the race length on the winner line, gaps and a status', () => {
    const text = 'Race 1\n- T. Miyazono – 8 Laps\n- K. de Bruin – +0.310\n- A. Inostroza – DNF\n';
    expect(facts(text)).toEqual([
      {
        title: 'Race 1',
        laps: 8,
        rows: [
          [1, null, 'T. Miyazono', 'takuma-miyazono', null, 'finished'],
          [2, null, 'K. de Bruin', 'kaj-de-bruin', 310, 'finished'],
          [3, null, 'A. Inostroza', 'angel-inostroza', null, 'dnf'],
        ],
      },
    ]);
  });

  it('a name the entry list does not know is read and flagged like in a table', () => {
    const outcome = parseResultsText('- T. Miyazono – 8 Laps\n- M. McEwen – +0.310\n', { season: S2025 });
    expect(outcome.races[0]!.rows.map((r) => [r.position, r.driver, r.driverId, r.gapMs])).toEqual([
      [1, 'T. Miyazono', 'takuma-miyazono', null],
      [2, 'M. McEwen', null, 310],
    ]);
    expect(outcome.issues.find((i) => i.line === 2)).toMatchObject({
      severity: 'error',
      code: 'unknown-driver',
    });
  });

  it('full names with the country in brackets, or before the name', () => {
    const text = '1. Jose Serrano (Spain)\n2. Pol Urra (ESP)\n3) Italy Valerio Gallo\n';
    expect(facts(text)[0]!.rows).toEqual([
      [1, 'ES', 'Jose Serrano', 'jose-serrano', null, 'finished'],
      [2, 'ES', 'Pol Urra', 'pol-urra', null, 'finished'],
      [3, 'IT', 'Valerio Gallo', 'valerio-gallo', null, 'finished'],
    ]);
  });

  it('an initial that fits two drivers is flagged with both, never guessed', () => {
    // A made-up second "T. Sasaki" for the test: the real line-ups have no such pair.
    const season: Season = {
      ...S2025,
      drivers: [
        ...S2025.drivers,
        { id: 'taro-sasaki', name: 'Taro Sasaki', country: 'JP', psnIds: [], aliases: [] },
      ],
      entryLists: { ...S2025.entryLists, nations: [...S2025.entryLists.nations, 'taro-sasaki'] },
    };
    const outcome = parseResultsText('1. T. Sasaki\n2. J. Serrano\n', { season });
    const row = outcome.races[0]!.rows[0]!;
    expect(row.driverId).toBeNull();
    expect(row.match?.suggestions.map((s) => s.driverId).sort()).toEqual(['takuma-sasaki', 'taro-sasaki']);
    expect(outcome.issues.find((i) => i.line === 1)).toMatchObject({
      severity: 'error',
      code: 'ambiguous-initial',
      message: '"T. Sasaki" could be Takuma Sasaki or Taro Sasaki: choose the driver.',
    });
  });

  it('bullet points of prose and a lone bullet are not results', () => {
    const text = [
      'Race report',
      '- The race was held at Spa under clear skies.',
      '- Grand Final',
      '1. the start was delayed',
      '',
      '- Kaj de Bruin',
    ].join('\n');
    const outcome = parseResultsText(text, { season: S2025 });
    expect(outcome.races).toEqual([]);
  });

  it('a pasted podium under the event title is detected and matched in its season', () => {
    const text =
      'Gran Turismo World Series 2025 Round 1 – Nations Cup\nGrand Final\n1. J. Serrano\n2. P. Urra\n3. V. Gallo\n';
    const plan = planResultsText(text, BUILT_IN_SEASONS);
    expect(plan.tables[0]!.detection.raceId).toBe('gtws-2025-r1-nations-gf');
    expect(plan.outcome.races[0]!.rows.map((r) => r.driverId)).toEqual([
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
  });
});
