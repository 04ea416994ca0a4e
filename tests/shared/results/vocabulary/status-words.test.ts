import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../shared/i18n/languages';
import { STATUS_WORDS, statusOfWord } from '../../../../shared/results/vocabulary';

// How a report in each language prints the three statuses (one spelling each, as fans copy them).
const PRINTED: Record<(typeof LANGUAGES)[number], [string, string, string]> = {
  en: ['DNF', 'Disqualified', 'DNS'],
  es: ['Abandono', 'Descalificado', 'No salió'],
  fr: ['Abandon', 'Disqualifié', 'Non partant'],
  it: ['Ritirato', 'Squalificato', 'Non partito'],
  de: ['Ausgefallen', 'Disqualifiziert', 'Nicht gestartet'],
  ja: ['リタイア', '失格', '出走せず'],
  'pt-BR': ['Não completou', 'Desclassificado', 'Não largou'],
};

describe('status words', () => {
  it.each(LANGUAGES)('%s: DNF, DSQ and DNS words, with and without accents and in any case', (language) => {
    const [dnf, dsq, dns] = PRINTED[language];
    for (const [word, status] of [
      [dnf, 'dnf'],
      [dsq, 'dsq'],
      [dns, 'dns'],
    ] as const) {
      expect(statusOfWord(word)).toBe(status);
      expect(statusOfWord(` ${word.toUpperCase()} `)).toBe(status);
      expect(statusOfWord(word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).toBe(status);
    }
  });

  it('every listed word reads back as its own status', () => {
    for (const words of Object.values(STATUS_WORDS)) {
      for (const [status, list] of Object.entries(words)) {
        for (const word of list) expect([word, statusOfWord(word)]).toEqual([word, status]);
      }
    }
  });

  it('times, gaps, numbers and names are not statuses', () => {
    for (const text of [
      "44'25.829",
      '+00.287',
      '12',
      '',
      'Jose Serrano',
      'Abandonado por la lluvia en la vuelta 3',
    ]) {
      expect(statusOfWord(text)).toBeNull();
    }
  });
});
