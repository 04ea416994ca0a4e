// The main flow in Spanish and in Japanese (issue 12): a browser whose language is es or ja
// creates a league, picks a podium, imports the real Round 1 result and opens the leaderboard,
// and no English sentence from the app shows on those screens (names and data aside).
// Screenshots of both go to test-results/ (the README's copies live in docs/screenshots/).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { openPage, assert, letToastsFade } from './harness.mjs';

const BEFORE_LOCK = new Date('2025-06-01T12:00:00Z');
// The R1 Grand Final starts at 15:00 UTC on 7 June 2025 in the built-in season.
const AFTER_LOCK = new Date('2025-06-07T18:00:00Z');
const RESULT_TEXT = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');
const LOCALES = path.resolve('renderer/src/i18n/locales');

/** Every catalogue of a language, flattened to "ns:key" → text. */
function catalogue(language) {
  const out = new Map();
  const walk = (ns, prefix, node) => {
    for (const [key, value] of Object.entries(node)) {
      const full = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(`${ns}:${full}`, value);
      else walk(ns, full, value);
    }
  };
  for (const file of readdirSync(path.join(LOCALES, language))) {
    walk(
      file.replace(/\.json$/, ''),
      '',
      JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8')),
    );
  }
  return out;
}

const english = catalogue('en');

/** A translator over the catalogue files, as the app words things (for finding controls). */
function translator(language) {
  const words = catalogue(language);
  return (key, params = {}) => {
    const text = words.get(key);
    if (text === undefined) throw new Error(`no ${language} text for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(params[name] ?? `{{${name}}}`));
  };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression for a catalogue text whose placeholders may be anything. */
const pattern = (text) =>
  new RegExp(
    text
      .split(/\{\{\w+\}\}/)
      .map(escape)
      .join('.+?'),
  );

/**
 * English catalogue texts that must not show in `language`: those the language words
 * differently (a text spelled the same in both is fine), as whole-text matchers
 * (placeholders match anything). Texts with fewer than four letters outside
 * placeholders ("{{count}} pts", "P{{slot}}") are left out: too short to tell apart from data.
 */
function englishMatchers(language) {
  const own = catalogue(language);
  const plural = /_(zero|one|two|few|many|other)$/;
  const matchers = [];
  for (const [key, text] of english) {
    const theirs = own.get(key) ?? own.get(key.replace(plural, '_other'));
    if (theirs === text) continue;
    const literal = text.replace(/\{\{\w+\}\}/g, '');
    if ((literal.match(/\p{L}/gu) ?? []).length < 4) continue;
    const pattern = text
      .split(/\{\{\w+\}\}/)
      .map(escape)
      .join('.+?');
    matchers.push({ key, text, re: new RegExp(`^${pattern}$`, 's') });
  }
  return matchers;
}

/**
 * Words that make a sentence English; two of them in one text node (outside the
 * names and data the screen shows) mean an English sentence came from somewhere
 * the catalogues do not cover (the pure layer, a hard-coded string).
 */
const ENGLISH_WORDS = new Set(
  'the and of to is are was not from with for your this that has have been will be on at by or an it its before after'.split(
    ' ',
  ),
);

/** Visible text nodes and the names/placeholders people hear or read, of the whole page. */
async function visibleTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const visible = (el) => {
      if (!el || el.closest('[hidden], [aria-hidden="true"], script, style, noscript')) return false;
      const style = globalThis.getComputedStyle(el);
      return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
    };
    const walker = globalThis.document.createTreeWalker(
      globalThis.document.body,
      globalThis.NodeFilter.SHOW_TEXT,
    );
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text && visible(node.parentElement)) out.push(text);
    }
    for (const el of globalThis.document.body.querySelectorAll(
      '[aria-label], [placeholder], [title], img[alt]',
    )) {
      if (!visible(el)) continue;
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
        const text = el.getAttribute(attribute)?.replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
    }
    for (const option of globalThis.document.body.querySelectorAll('select option')) {
      if (visible(option.parentElement)) out.push(option.textContent.replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/**
 * Names and data the screens show as they are in every language: members, drivers,
 * the built-in season's rounds, tracks and cars, the pasted report itself.
 */
function dataTexts() {
  const season = JSON.parse(readFileSync('shared/seasons/data/gtws-2025.season.json', 'utf8')).season;
  const texts = new Set(['Ana', 'Ben', 'Liga del domingo', '日曜リーグ']);
  for (const d of season.drivers) texts.add(d.name);
  for (const round of season.rounds) {
    for (const value of [round.name, round.venue, round.city]) if (value) texts.add(value);
    for (const race of round.races)
      for (const value of [race.name, race.track, race.car]) if (value) texts.add(value);
  }
  for (const line of RESULT_TEXT.split('\n')) if (line.trim()) texts.add(line.replace(/\s+/g, ' ').trim());
  return texts;
}

async function assertNoEnglish(page, language, screen) {
  const matchers = englishMatchers(language);
  const data = dataTexts();
  const found = [];
  for (const text of await visibleTexts(page)) {
    if (data.has(text)) continue;
    // Data may sit inside a text node ("Round 1 – London · Grand Final"): blank it out first.
    let rest = text;
    for (const value of data) if (value.length > 3) rest = rest.split(value).join(' ');
    const hit = matchers.find((m) => m.re.test(text) && m.re.test(rest.trim()));
    if (hit) {
      found.push(`"${text}" (${hit.key})`);
      continue;
    }
    const words = rest.toLowerCase().match(/[a-z]+/g) ?? [];
    if (words.filter((w) => ENGLISH_WORDS.has(w)).length >= 2) found.push(`"${text}" (English words)`);
  }
  assert(found.length === 0, `${language} ${screen} shows English:\n  ${[...new Set(found)].join('\n  ')}`);
}

async function goTo(page, t, key) {
  const label = t(`common:nav.${key}`);
  await page
    .getByRole('navigation', { name: t('common:nav.main') })
    .getByRole('link', { name: label })
    .click();
  const titles = { league: 'league:title', round: 'common:nav.round', results: 'results:screen.title' };
  await page.getByRole('heading', { level: 1, name: t(titles[key] ?? `${key}:title`) }).waitFor();
}

function mainFlow(language, locale, leagueName) {
  return async ({ browser, baseUrl }) => {
    const app = await openPage(browser, baseUrl, { locale });
    const { page } = app;
    const t = translator(language);
    const shot = (name) => app.screenshot(`i18n-${language}-${name}`);
    try {
      await page.clock.install({ time: BEFORE_LOCK });
      await app.goto('/');
      await page.waitForFunction((lang) => globalThis.document.documentElement.lang === lang, language);
      await assertNoEnglish(page, language, 'Home');

      // League: create it and add two members.
      await goTo(page, t, 'league');
      await assertNoEnglish(page, language, 'League (empty)');
      await page.getByLabel(t('league:form.name')).fill(leagueName);
      await page.getByRole('button', { name: t('league:form.create') }).click();
      for (const name of ['Ana', 'Ben']) {
        await page.getByLabel(t('league:members.newName')).fill(name);
        await page.keyboard.press('Enter');
        await page.getByLabel(t('league:members.nameOf', { name })).waitFor();
      }
      await letToastsFade(page);
      await assertNoEnglish(page, language, 'League');
      await shot('league');

      // Round: Ana picks the Grand Final podium.
      await goTo(page, t, 'round');
      // The race's name is the season's data (English in the built-in season).
      const gf = 'Grand Final';
      for (const [slot, query] of [
        [1, 'serr'],
        [2, 'urra'],
        [3, 'gallo'],
      ]) {
        await page
          .getByRole('combobox', { name: t('picker:slot.pick', { position: slot, race: gf }) })
          .fill(query);
        await page.keyboard.press('Enter');
      }
      await page.getByRole('combobox', { name: t('picker:slot.pick', { position: 3, race: gf }) }).blur();
      await letToastsFade(page);
      await assertNoEnglish(page, language, 'Round (before the lock)');
      await shot('round');

      // Results: the race starts, the official report is pasted and imported.
      await page.clock.setSystemTime(AFTER_LOCK);
      await goTo(page, t, 'results');
      await page.getByLabel(t('results:sources.paste')).fill(RESULT_TEXT);
      await page.getByRole('button', { name: t('results:sources.preview') }).click();
      const importButton = page.getByRole('button', {
        name: pattern(t('results:preview.importRaces_other')),
      });
      await importButton.waitFor();
      await assertNoEnglish(page, language, 'Results (preview)');
      await shot('results');
      await importButton.click();
      await page.getByRole('heading', { name: pattern(t('results:done.title')) }).waitFor();
      await letToastsFade(page);
      await assertNoEnglish(page, language, 'Results (imported)');

      // Round again: the points, worded from the breakdown.
      await goTo(page, t, 'round');
      await page.getByLabel(t('round:roundSelect'), { exact: true }).selectOption({ index: 0 });
      await page.getByLabel(t('round:points.label_other', { who: 'Ana', count: 11 })).waitFor();
      await assertNoEnglish(page, language, 'Round (graded)');

      // Leaderboard.
      await goTo(page, t, 'leaderboard');
      await page.getByRole('table').getByText('Ana', { exact: true }).first().waitFor();
      await letToastsFade(page);
      await assertNoEnglish(page, language, 'Leaderboard');
      await shot('leaderboard');
      app.assertClean();
    } catch (error) {
      await shot('failure').catch(() => {});
      throw error;
    } finally {
      await app.close();
    }
  };
}

export const tests = [
  { name: 'main flow in Spanish has no English on screen', run: mainFlow('es', 'es-ES', 'Liga del domingo') },
  { name: 'main flow in Japanese has no English on screen', run: mainFlow('ja', 'ja-JP', '日曜リーグ') },
];
