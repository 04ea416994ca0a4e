// Making picks before a round (issue 5): a league of two, keyboard-only podiums,
// privacy before the lock, the real Round 1 result, points after the lock.
import { readFileSync } from 'node:fs';
import { openPage, assert, assertEqual, letToastsFade } from './harness.mjs';
import {
  createLeagueWithMembers,
  loadDemo,
  pickPodium,
  pasteAndImportResults,
  slotValues,
  takeOverAs,
} from './flows.mjs';

const BEFORE_LOCK = new Date('2025-06-01T12:00:00Z');
// The R1 Grand Final starts at 15:00 UTC on 7 June 2025 in the built-in season.
const AFTER_LOCK = new Date('2025-06-07T18:00:00Z');
const RESULT_TEXT = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');

async function runLeagueFlow(app, { width }) {
  const { page } = app;
  await app.goto('/');
  await createLeagueWithMembers(page, 'Sunday Club', ['Ana', 'Ben']);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Round/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Round 1 – London' }).waitFor();
  assert(await page.getByRole('radio', { name: 'Ana' }).isChecked(), 'Ana should be picking first');

  await pickPodium(page, ['serr', 'urra', 'gallo']);
  await page.getByText(/Saved Ana's pick for Grand Final/).waitFor();
  assertEqual(await slotValues(page), ['Jose Serrano', 'Pol Urra', 'Valerio Gallo'], "Ana's podium");

  // Switch member with the keyboard: arrow keys move within the radio group.
  await page.getByRole('radio', { name: 'Ana' }).focus();
  await page.keyboard.press('ArrowRight');
  await takeOverAs(page, 'Ben');
  await page.getByRole('heading', { level: 4, name: /Ben’s podium/ }).waitFor();
  assertEqual(await slotValues(page), ['', '', ''], "Ben's empty podium");
  const card = page.getByRole('article', { name: 'Grand Final' });
  const hidden = await card.innerText();
  assert(hidden.includes('hidden until the race locks'), `others' picks should be hidden: ${hidden}`);
  assert(!hidden.includes('Jose Serrano'), "Ana's pick must not show before the lock");

  await pickPodium(page, ['urra', 'serr', 'sasaki']);
  await page.getByText(/Saved Ben's pick for Grand Final/).waitFor();
  assertEqual(await slotValues(page), ['Pol Urra', 'Jose Serrano', 'Takuma Sasaki'], "Ben's podium");
  await letToastsFade(page);
  await app.screenshot(width === 1280 ? 'round-before-lock' : `round-before-lock-${width}`);
}

async function importResultAndCheckPoints(app, { width }) {
  const { page } = app;
  await page.clock.setSystemTime(AFTER_LOCK);
  await page.getByRole('article', { name: 'Grand Final' }).getByText('Locked').waitFor();
  assertEqual(
    await page.getByRole('combobox', { name: /pick for Grand Final/ }).count(),
    0,
    'no picker once locked',
  );

  await pasteAndImportResults(page, RESULT_TEXT);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Round/ }).click();
  // R1 has started, so the screen now opens on the next round: go back to London.
  await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Round 1 – London' });
  const card = page.getByRole('article', { name: 'Grand Final' });
  // Ben is still picking: his pick 1+1+0, and Ana's is now visible with her points.
  await card.getByLabel('Ben: 2 points').waitFor();
  const text = await card.innerText();
  assert(text.includes('P1 pick Pol Urra finished P2: +1'), `Ben's breakdown missing: ${text}`);
  assert(text.includes('Ana'), "Ana's pick should be visible after the lock");
  await card.getByText('11 pts', { exact: true }).first().waitFor();
  await page.getByRole('radio', { name: 'Ben' }).focus();
  await page.keyboard.press('ArrowLeft');
  await takeOverAs(page, 'Ana');
  await card.getByLabel('Ana: 11 points').waitFor();
  const anaText = await card.innerText();
  assert(anaText.includes('Perfect podium: +2'), `Ana's perfect podium bonus missing: ${anaText}`);
  await letToastsFade(page);
  await app.screenshot(width === 1280 ? 'round-after-lock' : `round-after-lock-${width}`);
}

function flow(viewport) {
  return async ({ browser, baseUrl }) => {
    const app = await openPage(browser, baseUrl, { viewport });
    try {
      await app.page.clock.install({ time: BEFORE_LOCK });
      await runLeagueFlow(app, viewport);
      await importResultAndCheckPoints(app, viewport);
      app.assertClean();
    } catch (error) {
      await app.screenshot(`picks-failure-${viewport.width}`).catch(() => {});
      throw error;
    } finally {
      await app.close();
    }
  };
}

async function demoTour({ browser, baseUrl }) {
  const app = await openPage(browser, baseUrl);
  const { page } = app;
  try {
    await loadDemo(app);
    await page.getByRole('heading', { level: 1, name: 'Round' }).waitFor();
    await page.getByRole('note').getByText('Replay league.').waitFor();
    await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Round 1 – London' });
    const card = page.getByRole('article', { name: 'Grand Final' });
    // Alex (first member) sees the real result graded, and the others' picks (the race has a result).
    await card.getByLabel('Alex: 6 points').waitFor();
    await card
      .getByRole('list', { name: /Other members' picks/ })
      .getByText('Bea')
      .waitFor();
    await letToastsFade(page);
    await app.screenshot('round-demo-replay');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /League/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    await app.screenshot('league-demo');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Season/ })
      .click();
    await page.getByRole('button', { name: 'New season' }).click();
    await page.getByRole('heading', { level: 2, name: 'New season' }).waitFor();
    await page.getByRole('button', { name: 'Save season' }).click();
    await page
      .getByRole('alert')
      .getByText(/cannot be saved yet/)
      .waitFor();
    await app.screenshot('season-editor');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /League/ })
      .click();
    await page.getByRole('button', { name: 'Remove demo' }).click();
    await page
      .getByRole('group', { name: /Remove the demo leagues/ })
      .getByRole('button', { name: 'Remove demo' })
      .click();
    await page.getByLabel('League name').waitFor();
    app.assertClean();
  } catch (error) {
    await app.screenshot('picks-failure-demo').catch(() => {});
    throw error;
  } finally {
    await app.close();
  }
}

export const tests = [
  {
    name: 'two members pick with the keyboard, picks stay private until the lock, points after the result',
    run: flow({ width: 1280, height: 800 }),
  },
  {
    name: 'the same flow in a small window (1024×640)',
    run: flow({ width: 1024, height: 640 }),
  },
  {
    name: 'the first-run demo: replay banner, graded picks, league and season editor, removal',
    run: demoTour,
  },
];
