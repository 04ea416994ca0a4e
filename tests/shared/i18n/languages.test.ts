import { describe, expect, it } from 'vitest';
import { matchLanguage } from '../../../shared/i18n/languages';

describe('matching the OS/browser languages', () => {
  it('takes the first preferred tag the app ships, exactly or by base language', () => {
    expect(matchLanguage(['pt-BR'])).toBe('pt-BR');
    expect(matchLanguage(['pt-PT', 'en'])).toBe('pt-BR');
    expect(matchLanguage(['es-MX'])).toBe('es');
    expect(matchLanguage(['de_CH'])).toBe('de');
    expect(matchLanguage(['nl-NL', 'fr-BE', 'en'])).toBe('fr');
    expect(matchLanguage(['JA'])).toBe('ja');
  });

  it('is null when nothing fits', () => {
    expect(matchLanguage(['nl', 'zh-Hant'])).toBeNull();
    expect(matchLanguage([])).toBeNull();
  });
});
