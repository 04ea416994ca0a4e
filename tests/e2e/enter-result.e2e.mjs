// Entering a result by hand (issue 11): a league of two picks Race 1 of the
// 2025 World Finals, the clock passes its start, the podium is entered on the
// Results screen with the keyboard, and the leaderboard changes. That race has
// no stored result (its real classification is not in the data), so the
// podium entered here is made up and nothing depends on built-in results.
import { readFileSync } from 'node:fs';
import { openPage, assert, assertEqual, letToastsFade } from './harness.mjs';
import { goToScreen, pickPodium, takeOverAs } from './flows.mjs';

const WF_2024 = readFileSync('tests/fixtures/results/2024-wf-nations-report.txt', 'utf8');
const BEFORE_LOCK = new Date('2025-12-15T12:00:00Z');
// Race 1 of the Fukuoka World Finals starts at 06:00 UTC on 21 December 2025, Race 2 at 06:45.
const AFTER_START = new Date('2025-12-21T06:30:00Z');
const RACE = 'Race 1';

/** A league on 2025 (not the newest season) with members, on the League screen. */
async function createLeague(page, name, members) {
  await goToScreen(page, 'League');
  await page.getByLabel('League name').fill(name);
  await page.getByLabel('Season', { exact: true }).selectOption('gtws-2025');
  await page.getByRole('button', { name: 'Create league' }).click();
  for (const member of members) {
    await page.getByLabel('New member name').fill(member);
    await page.keyboard.press('Enter');
    await page.getByLabel(`Name of ${member}`).waitFor();
  }
}

async function chooseWithKeyboard(page, query) {
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
}

export const tests = [
  {
    name: 'enters a World Finals podium by hand after the race start and the leaderboard changes',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl, { viewport: { width: 1280, height: 800 } });
      const { page } = app;
      try {
        await page.clock.install({ time: BEFORE_LOCK });
        await app.goto('/');
        await createLeague(page, 'Hand Club', ['Ana', 'Ben']);
        await goToScreen(page, 'Round');
        await page.getByRole('heading', { level: 2, name: 'World Finals – Fukuoka' }).waitFor();
        await pickPodium(page, ['serr', 'urra', 'gallo'], RACE);
        await page.getByText(/Saved Ana's pick for Race 1/).waitFor();
        await page.getByRole('radio', { name: 'Ana' }).focus();
        await page.keyboard.press('ArrowRight');
        await takeOverAs(page, 'Ben');
        await page
          .getByRole('heading', { level: 4, name: /Ben’s podium/ })
          .first()
          .waitFor();
        await pickPodium(page, ['urra', 'serr', 'sasaki'], RACE);
        await page.getByText(/Saved Ben's pick for Race 1/).waitFor();

        await page.clock.setSystemTime(AFTER_START);
        await goToScreen(page, 'Leaderboard');
        const standings = page.getByRole('table', { name: 'Season standings' });
        const pointsOf = async (n) =>
          Number(await standings.getByRole('row').nth(n).getByRole('cell').nth(2).innerText());
        const before = [await pointsOf(1), await pointsOf(2)];

        await goToScreen(page, 'Results');
        await page.getByRole('button', { name: 'Enter result by hand…' }).focus();
        await page.keyboard.press('Enter');
        const race = page.getByRole('combobox', { name: 'Race', exact: true });
        await race.selectOption('gtws-2025-wf-nations-race1');
        await race.focus();
        await page.keyboard.press('Tab');
        const p1 = page.getByRole('combobox', { name: 'P1 result for Race 1' });
        assert(await p1.evaluate((el) => el === el.ownerDocument.activeElement), 'Tab reaches P1');
        await chooseWithKeyboard(page, 'serr');
        await chooseWithKeyboard(page, 'urra');
        await chooseWithKeyboard(page, 'gallo');
        for (const [slot, name] of [
          [1, 'Jose Serrano'],
          [2, 'Pol Urra'],
          [3, 'Valerio Gallo'],
        ]) {
          const value = await page.getByRole('combobox', { name: `P${slot} result for Race 1` }).inputValue();
          assertEqual(value, name, `P${slot}`);
        }
        // More positions when known: Enter on "Add P4" puts the focus in the new field.
        await page.getByRole('button', { name: 'Add P4' }).focus();
        await page.keyboard.press('Enter');
        const p4 = page.getByRole('combobox', { name: 'P4 result for Race 1' });
        await p4.waitFor();
        assert(await p4.evaluate((el) => el === el.ownerDocument.activeElement), 'P4 focused once added');
        await chooseWithKeyboard(page, 'sasaki');
        await letToastsFade(page);
        await app.screenshot('enter-result');

        await page.getByRole('button', { name: 'Preview result' }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Preview of the result entered by hand' }).waitFor();
        await page.getByText('Matched by the race named in the file.').waitFor();
        await page.getByRole('button', { name: 'Import 1 race (4 rows)' }).click();
        await page.getByRole('heading', { name: 'Stored the result entered by hand' }).waitFor();
        // Built-in results may be listed too: look at the row of the race entered.
        const row = page
          .getByRole('table', { name: 'Stored results' })
          .getByRole('row')
          .filter({ hasText: 'World Finals – Fukuoka' })
          .filter({ hasText: 'Race 1' });
        await row.getByText('podium only').waitFor();
        const text = await row.innerText();
        assert(text.includes('entered by hand'), `stored row: ${text}`);

        await goToScreen(page, 'Leaderboard');
        await page.getByText(/Ana leads with \d+ points/).waitFor();
        const rows = standings.getByRole('row');
        // The row header also marks the member picking now ("YOU"): compare the name line.
        const nameOf = async (n) => (await rows.nth(n).getByRole('rowheader').innerText()).split('\n')[0];
        assertEqual(await nameOf(1), 'Ana', 'leader');
        assertEqual(await nameOf(2), 'Ben', 'second');
        // Ana's exact podium scores more than Ben's; both gained from this race.
        const after = [await pointsOf(1), await pointsOf(2)];
        assert(after[0] > after[1], `Ana ahead of Ben: ${after}`);
        assert(after[0] > Math.max(...before), `the leaderboard changed: ${before} → ${after}`);
        app.assertClean();
      } catch (error) {
        await app.screenshot('enter-result-failure').catch(() => {});
        throw error;
      } finally {
        await app.close();
      }
    },
  },
  {
    name: 'a pasted 2024 World Finals report is detected as 2024 with a 2025 league active',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl, { viewport: { width: 1280, height: 800 } });
      const { page } = app;
      try {
        await page.clock.install({ time: AFTER_START });
        await app.goto('/');
        await createLeague(page, 'Detect Club', ['Ana']);
        await goToScreen(page, 'Results');
        await page.getByLabel('Paste results text').fill(WF_2024);
        await page.getByRole('button', { name: 'Preview', exact: true }).click();
        await page.getByRole('heading', { name: /Preview of “Pasted text”/ }).waitFor();
        assertEqual(
          await page.getByRole('combobox', { name: /^Season/ }).inputValue(),
          'gtws-2024',
          'season',
        );
        const races = await page
          .getByRole('combobox', { name: /^Race for table/ })
          .evaluateAll((els) => els.map((el) => el.value));
        assertEqual(
          races,
          ['gtws-2024-wf-nations-race1', 'gtws-2024-wf-nations-race2', 'gtws-2024-wf-nations-gf'],
          'detected races',
        );
        await page
          .getByText(/Matched by title year 2024, title ‘World Finals’, city ‘Amsterdam’/)
          .first()
          .waitFor();
        await page.getByText(/This file is from .*2024/).waitFor();
        // Names are matched in 2024: no "not in the entry list" wall, nothing blocks.
        assertEqual(await page.getByText(/not in the .* entry list/).count(), 0, 'unknown-driver errors');
        await page.getByRole('button', { name: 'Import 3 races (36 rows)' }).waitFor();
        await app.screenshot('results-detected');
        app.assertClean();
      } catch (error) {
        await app.screenshot('results-detected-failure').catch(() => {});
        throw error;
      } finally {
        await app.close();
      }
    },
  },
];
