import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../renderer/src/i18n/setup';
import {
  countryName,
  formatDate,
  formatDateRange,
  formatDuration,
  formatNumber,
  formatOrdinal,
  formatRelative,
} from '../../../renderer/src/lib/format';

afterEach(async () => {
  await setLanguage('system');
});

const HOUR = 3_600_000;

describe('formatting in the chosen language', () => {
  it('ordinals follow each language', async () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(formatOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
    await setLanguage('fr');
    expect([1, 2, 10].map(formatOrdinal)).toEqual(['1er', '2e', '10e']);
    await setLanguage('es');
    expect(formatOrdinal(3)).toBe('3.º');
    await setLanguage('de');
    expect(formatOrdinal(3)).toBe('3.');
    await setLanguage('ja');
    expect(formatOrdinal(3)).toBe('3位');
  });

  it('dates and ranges use the language, not the OS locale', async () => {
    expect(formatDate('2026-12-05')).toBe('Dec 5, 2026');
    expect(formatDateRange('2026-12-05', '2026-12-06')).toBe('Dec 5\u2009–\u20096, 2026');
    await setLanguage('es');
    expect(formatDate('2026-12-05')).toBe('5 dic 2026');
    await setLanguage('de');
    expect(formatDate('2026-12-05')).toBe('5. Dez. 2026');
    await setLanguage('ja');
    expect(formatDateRange('2026-12-05', '2026-12-06')).toBe('2026/12/05～2026/12/06');
  });

  it('numbers, durations and relative times', async () => {
    expect(formatNumber(12345.5)).toBe('12,345.5');
    expect(formatDuration(3 * 24 * HOUR + 4 * HOUR + 12 * 60_000)).toBe('3d 4h 12m');
    expect(formatRelative(2 * 24 * HOUR, 0)).toBe('in 2 days');
    await setLanguage('de');
    expect(formatNumber(12345.5)).toBe('12.345,5');
    await setLanguage('es');
    expect(formatRelative(0, 3 * HOUR)).toBe('hace 3 horas');
    await setLanguage('ja');
    expect(formatDuration(90_000)).toBe('1分30秒');
  });

  it('country names in the chosen language', async () => {
    expect(countryName('nl')).toBe('Netherlands');
    await setLanguage('ja');
    expect(countryName('NL')).toBe('オランダ');
    await setLanguage('pt-BR');
    expect(countryName('NL')).toBe('Países Baixos');
    expect(countryName('ZZ')).toBe('ZZ');
  });
});
