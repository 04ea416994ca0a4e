/**
 * Keeps the translations whole: every shipped language has every key English
 * has (with the plural forms its grammar needs), nothing English lacks, no
 * key left unused, no key used that does not exist, and no value silently
 * left in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../../shared/i18n/languages';
import { NAMESPACES, STARTUP_NAMESPACES } from '../../../renderer/src/i18n/namespaces';
import { baseKeys, compareToSource, findKeyUses, flatten, type Catalogues } from './catalogue-check';

const LOCALES = path.resolve('renderer/src/i18n/locales');
const SOURCE_ROOT = path.resolve('renderer/src');

/**
 * Values that are rightly the same as English, by language. Add a key only
 * when the language really uses the English word, and say why.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  es: [
    'common:app.name', // the product's name
    'common:nav.shortcut', // the key is labelled Ctrl on Spanish keyboards
    'common:term.pole', // "la pole position" in Spanish motorsport coverage
    'common:countdown.minute', // "min", the standard abbreviation
    // Home and Round: "pts" is the usual abbreviation of the word for points here too.
    'home:latest.points',
    'round:points.unit',
    'leaderboard:slotPick', // P1/P2/P3 is the motorsport notation in every language
    'leaderboard:race.slot', // P1/P2/P3 notation
    'leaderboard:pts', // "pts", the Spanish abbreviation too
    'leaderboard:breakdown.total', // "Total" in Spanish
    'league:badge.demo', // "Demo" in Spanish
  ],
  fr: [
    'common:app.name',
    'common:nav.shortcut',
    'common:term.pole',
    'common:term.joker',
    'common:term.podium',
    'common:countdown.minute',
    'menu:services', // the macOS Services menu in French
    // Home and Round: "pts" is the usual abbreviation of the word for points here too.
    'home:latest.points',
    'round:points.unit',
    'round:card.jokerDouble', // "joker" is the French word too (see common:term.joker)
    // Settings, season, sharing, demo:
    'settings:about.version', // "Version" is the French word
    'season:calendar.head.points', // "Points" is the French word
    'season:standings.head.points',
    'season:drivers.head.actions', // "Actions" is the French word
    'leaderboard:slotPick', // P1/P2/P3 notation
    'leaderboard:race.slot', // P1/P2/P3 notation
    'leaderboard:pts', // "pts" in French too
    'leaderboard:col.points', // "Points" in French
    'leaderboard:jokerMark', // J for joker
    'leaderboard:breakdown.joker', // joker is the French word
    'leaderboard:race.joker', // the same word
    'league:summary.joker', // joker is the French word
    'league:badge.active', // "Active" (a league) in French
    'leaderboard:export.csvHead.points', // "points" is the French word
    'leaderboard:export.card.points', // the same word, in capitals on the image
  ],
  it: [
    'common:app.name',
    'common:nav.shortcut',
    'common:term.pole',
    'common:countdown.minute',
    'menu:file', // the Italian File menu is "File"
    // Settings, season, sharing, demo:
    'settings:eyebrow', // "App" is the usual Italian word for an application
    'leaderboard:slotPick', // P1/P2/P3 notation
    'leaderboard:race.slot', // P1/P2/P3 notation
    'leaderboard:jokerMark', // J for jolly
    'league:badge.replay', // "Replay" is the Italian word in sim racing
    'league:badge.demo', // "Demo" in Italian
    'league:rules.missedZero', // "Zero" in Italian
    'season:update.moreIn', // "3 in Friends": the same words in Italian
  ],
  de: [
    'common:app.name',
    'common:session.gf', // German GT reports keep the event's name "Grand Final"
    'common:term.joker',
    'common:term.podium',
    'round:card.jokerDouble', // Round: "Joker" is the German word too (see common:term.joker)
    // Settings, season, sharing, demo:
    'settings:about.version', // "Version" is the German word
    'settings:eyebrow', // "App" is the usual German word for an application
    'season:calendar.head.session', // German coverage says "Session" (Trainingssession, Qualifying-Session)
    'season:calendar.session.gf', // as common:session.gf, the event's name
    'season:calendar.session.quali', // German motorsport says "Qualifying"
    'season:calendar.winner', // "P1" is the position notation German coverage uses
    'season:drivers.head.name', // "Name" is the German word
    'leaderboard:slotPick', // P1/P2/P3 notation
    'leaderboard:race.slot', // P1/P2/P3 notation
    'leaderboard:jokerMark', // J for Joker
    'leaderboard:breakdown.joker', // Joker is the German word
    'leaderboard:race.joker', // the same word
    'leaderboard:charts.start', // "Start" in German
    'league:badge.replay', // "Replay" is used in German
    'league:badge.demo', // "Demo" in German
    'league:members.namePlaceholder', // "Name" in German
    'season:update.moreIn', // "3 in Friends": the same words in German
    // Manufacturers Cup: German motorsport says "Team" for a manufacturer's entry.
    'season:standings.head.team',
    'season:entries.head.team',
  ],
  ja: [
    'common:app.name',
    'common:nav.shortcut',
    // Settings, season, sharing, demo:
    'season:entries.head.psn', // Sony's own name for the account, "PSN ID" in Japanese too
    'leaderboard:slotPick', // P1/P2/P3 is also how Japanese coverage writes places
    'leaderboard:race.slot', // P1/P2/P3 notation
    'leaderboard:jokerMark', // J for ジョーカー, a Latin letter in the table
  ],
  'pt-BR': [
    'common:app.name',
    'common:nav.shortcut',
    'common:term.pole',
    'common:countdown.minute',
    // Home and Round: "pts" is the usual abbreviation of the word for points here too.
    'home:latest.points',
    'round:points.unit',
    'leaderboard:slotPick', // P1/P2/P3 notation
    'leaderboard:race.slot', // P1/P2/P3 notation
    'leaderboard:pts', // "pts" in Portuguese too
    'leaderboard:breakdown.total', // "Total" in Portuguese
    'league:badge.replay', // "Replay" is used in Brazilian Portuguese
    'league:badge.demo', // "Demo" in Portuguese
    'league:rules.missedZero', // "Zero" in Portuguese
  ],
};

/**
 * The results screen's values spelled as in English: file-size units, the Enter key's label, how a
 * driver was matched ("alias", "id" are the words used there too) and column headings the language shares.
 */
const UNITS = ['results:reading.kilobytes', 'results:reading.megabytes'];
const RESULTS_SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  es: [
    ...UNITS,
    'results:table.method.alias',
    'results:table.method.id',
    'results:issues.error',
    'results:issues.info',
    'results:history.col.hash',
  ],
  fr: [
    'results:table.method.accents',
    'results:table.method.alias',
    'results:table.method.exact',
    'results:table.method.id',
    'results:table.col.points', // "Pts" is the French abbreviation too
    'results:issues.info',
    'results:resolver.suggestions',
    'results:stored.points',
    'results:stored.source',
    'results:done.col.points',
  ],
  it: [
    ...UNITS,
    'results:preview.round', // Italian GT coverage says "Round 3"
    'results:table.method.alias',
    'results:table.method.id',
    'results:issues.info',
    'results:history.col.file', // the Italian word for a computer file
    'results:history.col.hash',
  ],
  de: [
    ...UNITS,
    'results:table.col.status',
    'results:history.col.hash',
    'results:done.race', // "Podium" is the German word too
  ],
  ja: [...UNITS, 'results:sources.previewShortcut'],
  'pt-BR': [
    ...UNITS,
    'results:sources.previewShortcut',
    'results:table.method.id',
    'results:issues.info',
    'results:history.col.hash',
  ],
};

function readCatalogues(language: string): Catalogues {
  const out: Catalogues = {};
  for (const file of readdirSync(path.join(LOCALES, language))) {
    if (!file.endsWith('.json')) continue;
    out[file.slice(0, -'.json'.length)] = flatten(
      JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8')),
    );
  }
  return out;
}

function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { path: path.relative(SOURCE_ROOT, file), text: readFileSync(file, 'utf8') };
    });
}

const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, readCatalogues(language)]));
const english = catalogues[SOURCE_LANGUAGE]!;

describe('translation catalogues', () => {
  it('ship one folder per language and only known namespaces', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
    for (const namespace of Object.keys(english)) expect(NAMESPACES).toContain(namespace);
  });

  it.each(LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE))(
    '%s has every English key, no other, its plural forms, and real translations',
    (language) => {
      const allowed = new Set([
        ...(SAME_AS_ENGLISH[language] ?? []),
        ...(RESULTS_SAME_AS_ENGLISH[language] ?? []),
      ]);
      expect(compareToSource(english, SOURCE_LANGUAGE, catalogues[language]!, language, allowed)).toEqual([]);
    },
  );

  it('English has the plural forms English needs', () => {
    expect(compareToSource(english, SOURCE_LANGUAGE, english, SOURCE_LANGUAGE, new Set())).toEqual([]);
  });

  it('the allow-list names only keys that exist', () => {
    const known = new Set(
      Object.entries(english).flatMap(([namespace, catalogue]) =>
        [...baseKeys(catalogue).keys()].map((key) => `${namespace}:${key}`),
      ),
    );
    expect(
      [...Object.values(SAME_AS_ENGLISH), ...Object.values(RESULTS_SAME_AS_ENGLISH)]
        .flat()
        .filter((id) => !known.has(id)),
    ).toEqual([]);
  });

  const uses = findKeyUses(sourceFiles(SOURCE_ROOT), STARTUP_NAMESPACES);

  it("code writes every key as a literal 't('ns:key')'", () => {
    expect(uses.nonLiteral).toEqual([]);
  });

  it("a file using a namespace loads it with useTranslation('ns')", () => {
    expect(uses.unrequested).toEqual([]);
  });

  it('every key used in code exists in English', () => {
    const missing = [...uses.used].filter((id) => {
      const [namespace, key] = id.split(':') as [string, string];
      const catalogue = english[namespace];
      return !catalogue || !baseKeys(catalogue).has(key);
    });
    expect(missing).toEqual([]);
  });

  it('every English key is used in code', () => {
    const unused = Object.entries(english).flatMap(([namespace, catalogue]) =>
      [...baseKeys(catalogue).keys()].map((key) => `${namespace}:${key}`).filter((id) => !uses.used.has(id)),
    );
    expect(unused).toEqual([]);
  });
});
