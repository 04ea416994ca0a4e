import { describe, expect, it } from 'vitest';
import { compareToSource, findKeyUses, flatten, pluralForms, type Catalogues } from './catalogue-check';

const en: Catalogues = {
  common: {
    'nav.home': 'Home',
    'shell.pickingAs': 'Picking as {{name}}',
    'countdown.day_one': 'day',
    'countdown.day_other': 'days',
    ordinal_ordinal_one: '{{count}}st',
    ordinal_ordinal_two: '{{count}}nd',
    ordinal_ordinal_few: '{{count}}rd',
    ordinal_ordinal_other: '{{count}}th',
  },
};

const fr: Catalogues = {
  common: {
    'nav.home': 'Accueil',
    'shell.pickingAs': 'Pronostics de {{name}}',
    'countdown.day_one': 'jour',
    'countdown.day_many': 'jours',
    'countdown.day_other': 'jours',
    ordinal_ordinal_one: '{{count}}er',
    ordinal_ordinal_other: '{{count}}e',
  },
};

const check = (target: Catalogues, allowed: string[] = []) =>
  compareToSource(en, 'en', target, 'fr', new Set(allowed));

describe('catalogue check', () => {
  it('accepts a complete translation with the plural forms of its language', () => {
    expect(pluralForms('fr', 'cardinal')).toEqual(['many', 'one', 'other']);
    expect(check(fr)).toEqual([]);
  });

  it('reports a missing key, a key English lacks and a missing plural form', () => {
    const { 'nav.home': _home, 'countdown.day_many': _many, ...rest } = fr.common!;
    expect(check({ common: { ...rest, 'nav.away': 'Ailleurs' } })).toEqual([
      'fr: common:nav.away is not in en',
      'fr: common:nav.home is missing',
      'fr: common:countdown.day lacks the "many" form',
    ]);
  });

  it('reports a plural form the language does not have', () => {
    const problems = check({ common: { ...fr.common, ordinal_ordinal_two: '{{count}}e' } });
    expect(problems).toEqual(['fr: common:ordinal has a "two" form the language does not use']);
  });

  it('reports English left in place unless allow-listed', () => {
    const untranslated = { common: { ...fr.common, 'nav.home': 'Home' } };
    expect(check(untranslated)).toEqual([
      'fr: common:nav.home is the en text "Home" (translate it, or allow-list it with a reason)',
    ]);
    expect(check(untranslated, ['common:nav.home'])).toEqual([]);
  });

  it('reports unknown and dropped placeholders', () => {
    expect(check({ common: { ...fr.common, 'shell.pickingAs': 'Pronostics de {{nom}}' } })).toEqual([
      'fr: common:shell.pickingAs uses unknown {{nom}}',
    ]);
    expect(check({ common: { ...fr.common, 'shell.pickingAs': 'Pronostics' } })).toEqual([
      'fr: common:shell.pickingAs drops a placeholder of en',
    ]);
  });

  it('finds literal keys and reports built ones, ignoring comments and URLs', () => {
    const uses = findKeyUses([
      {
        path: 'a.tsx',
        text: [
          "const a = t('common:nav.home');",
          "const b = i18n.t('errors:route.failed', { x: 1 });",
          '// Keys are literal: t(`common:${key}`) is not allowed.',
          "const url = 'https://example.org'; const c = t(`common:${key}`);",
          'const sorted = list.sort(); const d = format(1);',
        ].join('\n'),
      },
    ]);
    expect([...uses.used].sort()).toEqual(['common:nav.home', 'errors:route.failed']);
    expect(uses.nonLiteral).toEqual(['a.tsx: t(`common:${key}`);']);
  });

  it('reports a namespace used in a file that never asks for it', () => {
    const uses = findKeyUses(
      [
        { path: 'ok.tsx', text: "useTranslation('settings'); t('settings:a'); t('common:b');" },
        { path: 'late.tsx', text: "useTranslation(); t('round:title');" },
      ],
      ['common'],
    );
    expect(uses.unrequested).toEqual(['late.tsx: round']);
  });

  it('flattens nested catalogues and refuses non-string values', () => {
    expect(flatten({ nav: { home: 'Home' }, a: 'b' })).toEqual({ 'nav.home': 'Home', a: 'b' });
    expect(() => flatten({ nav: { count: 3 } })).toThrow('"nav.count" is not an object');
  });
});
