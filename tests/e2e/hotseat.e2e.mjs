// Fair play on one shared computer (issue 14): a PIN keeps a member's picks
// from the others until the lock, the computer is passed between members, a
// half-made podium survives a reload as a draft, undo after the joker restores
// the podium, and a replay race with a stored result refuses picks.
import { openPage, assert, assertEqual } from './harness.mjs';
import {
  createLeagueWithMembers,
  goToScreen,
  loadDemo,
  pickPodium,
  slotValues,
  takeOverAs,
} from './flows.mjs';

const BEFORE_LOCK = new Date('2025-06-01T12:00:00Z');
// The R1 Grand Final starts at 15:00 UTC on 7 June 2025 in the built-in season.
const AFTER_LOCK = new Date('2025-06-07T18:00:00Z');

async function pinProtectsPicks({ browser, baseUrl }) {
  const app = await openPage(browser, baseUrl);
  const { page } = app;
  try {
    await page.clock.install({ time: BEFORE_LOCK });
    await app.goto('/');
    await createLeagueWithMembers(page, 'Sofa Club', ['Ana', 'Ben']);
    await goToScreen(page, 'Round');
    await page.getByRole('heading', { level: 2, name: 'Round 1 – London' }).waitFor();
    await page.getByText(/visible to whoever uses this computer/).waitFor();

    await page.getByRole('button', { name: 'Set a PIN for Ana' }).click();
    await page.getByLabel('New PIN or passphrase').fill('2468');
    await page.getByLabel('Repeat it').fill('2468');
    await page.getByRole('button', { name: 'Save PIN' }).click();
    await page.getByText(/Ana's picks are protected by a PIN/).waitFor();
    await pickPodium(page, ['serr', 'urra', 'gallo']);
    await page.getByText(/Saved Ana's pick for Grand Final/).waitFor();

    // Ben takes over: nothing of Ana's podium is on screen, before or after the pass screen.
    await page.getByRole('radio', { name: 'Ben' }).click();
    await page.getByRole('heading', { level: 2, name: 'Pass the computer to Ben' }).waitFor();
    assertEqual(
      await page.getByRole('combobox', { name: /pick for/ }).count(),
      0,
      'no picker on the pass screen',
    );
    await takeOverAs(page, 'Ben');
    await page.getByRole('heading', { level: 4, name: /Ben’s podium/ }).waitFor();
    assertEqual(await slotValues(page), ['', '', ''], "Ben's empty podium");
    const card = page.getByRole('article', { name: 'Grand Final' });
    await card.getByText(/1 of 1 other member picked/).waitFor();
    assert(!(await card.innerText()).includes('Jose Serrano'), "Ana's pick must stay hidden from Ben");
    // The leaderboard's race view does not show it either.
    await goToScreen(page, 'Leaderboard');
    assert(
      !(await page.locator('main').innerText()).includes('Jose Serrano'),
      'hidden on the leaderboard too',
    );
    await goToScreen(page, 'Round');

    // Back to Ana: her PIN is asked; a wrong one is refused.
    await page.getByRole('radio', { name: 'Ana' }).click();
    await page.getByLabel('PIN or passphrase for Ana').fill('1111');
    await page.getByRole('button', { name: 'Start picking as Ana' }).click();
    await page.getByRole('alert').getByText('Wrong PIN. Try again.').waitFor();
    await page.getByLabel('PIN or passphrase for Ana').fill('2468');
    await page.getByRole('button', { name: 'Start picking as Ana' }).click();
    await page.getByRole('heading', { level: 4, name: /Ana’s podium/ }).waitFor();
    // Her picks are read once unlocked: wait for them to fill the slots.
    await page.waitForFunction(
      () =>
        globalThis.document.querySelector('[aria-label="P3 pick for Grand Final"]')?.value ===
        'Valerio Gallo',
    );
    assertEqual(await slotValues(page), ['Jose Serrano', 'Pol Urra', 'Valerio Gallo'], "Ana's podium");

    // A reload starts locked again.
    await page.reload();
    await page.getByLabel('PIN or passphrase for Ana').waitFor();

    // After the lock everyone's picks show, PIN or not.
    await page.clock.setSystemTime(AFTER_LOCK);
    await page.getByRole('radio', { name: 'Ben' }).click();
    await takeOverAs(page, 'Ben');
    await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Round 1 – London' });
    await page
      .getByRole('list', { name: /Other members' picks/ })
      .getByText(/^1\. Jose Serrano/)
      .waitFor();
    await app.screenshot('hotseat-after-lock');
    app.assertClean();
  } catch (error) {
    await app.screenshot('hotseat-pin-failure').catch(() => {});
    throw error;
  } finally {
    await app.close();
  }
}

async function draftSurvivesReload({ browser, baseUrl }) {
  const app = await openPage(browser, baseUrl);
  const { page } = app;
  try {
    await page.clock.install({ time: BEFORE_LOCK });
    await app.goto('/');
    await createLeagueWithMembers(page, 'Draft Club', ['Ana']);
    await goToScreen(page, 'Round');
    await page.getByRole('combobox', { name: 'P1 pick for Grand Final' }).click();
    await page.keyboard.type('serr');
    await page.keyboard.press('Enter');
    await page.keyboard.type('urra');
    await page.keyboard.press('Enter');
    await page.getByText('Draft', { exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 4, name: /Ana’s podium/ }).waitFor();
    await page.getByText('Draft', { exact: true }).waitFor();
    assertEqual(await slotValues(page), ['Jose Serrano', 'Pol Urra', ''], 'the draft after a reload');
    await page.getByText(/counts for nothing until all three places are filled/).waitFor();
    await app.screenshot('hotseat-draft');
    app.assertClean();
  } catch (error) {
    await app.screenshot('hotseat-draft-failure').catch(() => {});
    throw error;
  } finally {
    await app.close();
  }
}

async function replayDemo({ browser, baseUrl }) {
  const app = await openPage(browser, baseUrl);
  const { page } = app;
  try {
    await loadDemo(app);
    // The demo is about London: the Round screen opens there.
    await page.getByRole('heading', { level: 2, name: 'Round 1 – London' }).waitFor();
    // London's result is stored: in a replay league that locks it for good.
    const london = page.getByRole('article', { name: 'Grand Final' });
    await london.getByText('Locked').waitFor();
    assertEqual(await london.getByRole('combobox').count(), 0, 'no picker on a replay race with a result');

    // Round 2 is still open: pick, play the joker, then undo twice.
    await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Round 2 – Berlin' });
    await page.getByRole('heading', { level: 2, name: 'Round 2 – Berlin' }).waitFor();
    const card = page.getByRole('article', { name: 'Grand Final' });
    await pickPodium(page, ['serr', 'urra', 'gallo']);
    await page.getByText(/Saved Alex's pick for Grand Final/).waitFor();
    const joker = page.getByRole('button', { name: /Play joker on this round/ });
    if (await joker.isEnabled()) {
      await joker.click();
      await card.getByText('Joker ×2').waitFor();
      await card.getByText('History').click();
      await card.getByRole('button', { name: 'Undo last change (take the joker back)' }).click();
      await card.getByText('Joker ×2').waitFor({ state: 'detached' });
      // The podium is still there: undoing the joker does not delete the pick.
      assertEqual(await slotValues(page), ['Jose Serrano', 'Pol Urra', 'Valerio Gallo'], 'podium after undo');
    }
    // Undoing again goes one step further back (no pick), never a redo of the joker.
    const history = card.locator('details.pick-history');
    if (!(await history.evaluate((details) => details.open))) await card.getByText('History').click();
    await card.getByRole('button', { name: /Undo last change \(back to no pick\)/ }).click();
    await page.waitForFunction(
      () => globalThis.document.querySelector('[aria-label="P1 pick for Grand Final"]')?.value === '',
    );
    app.assertClean();
  } catch (error) {
    await app.screenshot('hotseat-replay-failure').catch(() => {});
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${app.errors.join('\n')}`);
  } finally {
    await app.close();
  }
}

export const tests = [
  { name: "a PIN keeps a member's picks from the others until the lock", run: pinProtectsPicks },
  { name: 'a half-made podium survives a reload as a marked draft', run: draftSurvivesReload },
  {
    name: 'replay: a race with a stored result is locked; undo after the joker keeps the podium',
    run: replayDemo,
  },
];
