import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../shared/i18n/languages';
import {
  FACT_LABELS,
  HEADER_WORDS,
  headerColumnOf,
  readFactLine,
  readTitleWords,
  statusOfLastWords,
  TITLE_WORDS,
} from '../../../../shared/results/vocabulary';

// A document title as each edition of the site could print it for Round 2, and for the World Finals.
const TITLES: Record<Language, { round: string; worldFinals: string }> = {
  en: {
    round: 'Gran Turismo World Series 2025 Round 2 - Nations Cup',
    worldFinals: '2025 World Finals – Manufacturers Cup',
  },
  es: {
    round: 'Gran Turismo World Series 2025 Ronda 2 - Copa de Naciones',
    worldFinals: 'Finales Mundiales 2025 – Copa de Fabricantes',
  },
  fr: {
    round: 'Gran Turismo World Series 2025 Manche 2 - Coupe des Nations',
    worldFinals: 'Finales mondiales 2025 – Coupe des constructeurs',
  },
  it: {
    round: 'Gran Turismo World Series 2025 Tappa 2 - Coppa delle Nazioni',
    worldFinals: 'Finali Mondiali 2025 – Coppa Costruttori',
  },
  de: {
    round: 'Gran Turismo World Series 2025 Runde 2 - Nationenpokal',
    worldFinals: 'Weltfinale 2025 – Herstellerpokal',
  },
  ja: {
    round: 'グランツーリスモ ワールドシリーズ 2025 第2戦 ネイションズカップ',
    worldFinals: '2025 ワールドファイナル マニュファクチャラーズカップ',
  },
  'pt-BR': {
    round: 'Gran Turismo World Series 2025 Rodada 2 - Copa das Nações',
    worldFinals: 'Finais Mundiais 2025 – Copa de Fabricantes',
  },
};

describe('header columns', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s: position, driver, time, points and team columns, each word read as its column',
    (language) => {
      const words = HEADER_WORDS[language as Exclude<Language, 'en'>];
      for (const column of ['position', 'countryDriver', 'time', 'points', 'team', 'teamDriver'] as const) {
        expect(words[column]?.length).toBeGreaterThan(0);
      }
      for (const [column, list] of Object.entries(words)) {
        for (const word of list) {
          const read = headerColumnOf(word.toUpperCase());
          // A word two columns share ("Nation" is a country and a column name) reads as the first listed.
          expect(read === column || Object.values(HEADER_WORDS).some((w) => w[read!]?.includes(word))).toBe(
            true,
          );
        }
      }
    },
  );
});

describe('fact lines', () => {
  it.each(LANGUAGES)('%s: car, track, laps and fastest lap labels', (language) => {
    for (const [label, list] of Object.entries(FACT_LABELS[language])) {
      for (const word of list) {
        expect(readFactLine(`${word}: value`)).toEqual({ label, value: 'value' });
        expect(readFactLine(`${word} ： value`)?.label).toBe(label);
      }
    }
  });

  it('a colon far into a sentence is prose, not a label', () => {
    expect(readFactLine('After a long race in the rain, the track: wet')).toBeNull();
  });
});

describe('title words', () => {
  it.each(LANGUAGES)('%s: the round, the World Finals and both cups', (language) => {
    expect(readTitleWords(TITLES[language].round)).toEqual({ round: 2, worldFinals: false, cup: 'nations' });
    expect(readTitleWords(TITLES[language].worldFinals)).toEqual({
      round: null,
      worldFinals: true,
      cup: 'manufacturers',
    });
    expect(TITLE_WORDS[language].round.length).toBeGreaterThan(0);
  });
});

describe('status at the end of a row', () => {
  it('reads one- and two-word statuses, and only a status', () => {
    expect(statusOfLastWords('Urra', 'Abandono')).toEqual({ status: 'dnf', words: 1 });
    expect(statusOfLastWords('Non', 'partant')).toEqual({ status: 'dns', words: 2 });
    expect(statusOfLastWords('No', 'salio')).toEqual({ status: 'dns', words: 2 });
    expect(statusOfLastWords('Jose', 'Serrano')).toBeNull();
    expect(statusOfLastWords(undefined, 'partant')).toBeNull();
  });
});
