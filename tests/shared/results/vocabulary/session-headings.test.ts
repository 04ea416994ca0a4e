import { describe, expect, it } from 'vitest';
import type { SessionKind } from '../../../../shared/domain/types';
import { LANGUAGES, type Language } from '../../../../shared/i18n/languages';
import { sessionOfLocalizedHeading } from '../../../../shared/results/vocabulary';

// Headings as race reports print them, per language.
const HEADINGS: Record<Language, [string, SessionKind][]> = {
  en: [
    ['Qualifying Time Trial', 'quali'],
    ['Sprint Race', 'sprint'],
    ['Race 1', 'race1'],
    ['Race 2 Results', 'race2'],
    ['Grand Final', 'gf'],
    ['Final', 'gf'],
  ],
  es: [
    ['Contrarreloj de clasificación', 'quali'],
    ['Carrera al sprint', 'sprint'],
    ['Carrera 1', 'race1'],
    ['Resultados de la Carrera 3', 'race3'],
    ['Gran Final', 'gf'],
    ['Resultados de la Final', 'gf'],
  ],
  fr: [
    ['Qualifications', 'quali'],
    ['Course sprint', 'sprint'],
    ['Course 1', 'race1'],
    ['Résultats de la Course 2', 'race2'],
    ['Grande finale', 'gf'],
    ['Résultats de la finale', 'gf'],
  ],
  it: [
    ['Qualifiche', 'quali'],
    ['Gara sprint', 'sprint'],
    ['Gara 1', 'race1'],
    ['Risultati della Gara 2', 'race2'],
    ['Gran Finale', 'gf'],
    ['Finale', 'gf'],
  ],
  de: [
    ['Qualifying-Zeitfahren', 'quali'],
    ['Sprintrennen', 'sprint'],
    ['Rennen 1', 'race1'],
    ['2. Rennen', 'race2'],
    ['Grand Final', 'gf'],
    ['Das Finale', 'gf'],
  ],
  ja: [
    ['予選タイムトライアル', 'quali'],
    ['スプリントレース', 'sprint'],
    ['レース1', 'race1'],
    ['レース２', 'race2'],
    ['第3レース', 'race3'],
    ['グランドファイナル', 'gf'],
    ['決勝', 'gf'],
  ],
  'pt-BR': [
    ['Tomada de tempo classificatória', 'quali'],
    ['Corrida sprint', 'sprint'],
    ['Corrida 1', 'race1'],
    ['Resultados da Corrida 2', 'race2'],
    ['Grande Final', 'gf'],
    ['Final', 'gf'],
  ],
};

describe('session headings', () => {
  it.each(LANGUAGES)('%s headings name their sessions, accents and case optional', (language) => {
    for (const [heading, session] of HEADINGS[language]) {
      expect([heading, sessionOfLocalizedHeading(heading)]).toEqual([heading, session]);
      const bare = heading
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toUpperCase();
      expect([bare, sessionOfLocalizedHeading(bare)]).toEqual([bare, session]);
    }
  });

  it('a final standings table or a word alone is not a session', () => {
    for (const heading of [
      'Final Classification',
      'Clasificación final',
      'Classement final',
      'Classifica finale',
      'Endstand',
      'Race',
      'Carrera',
      'Rennen 4',
      'Gran Turismo World Series 2025',
      '',
    ]) {
      expect([heading, sessionOfLocalizedHeading(heading)]).toEqual([heading, null]);
    }
  });
});
