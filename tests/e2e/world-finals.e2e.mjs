// The 2026 World Finals as a new user lives them (issue 11): on 30 November 2026 Home points at
// Tokyo with a countdown; the user creates a league on 2026, pastes the Nations Cup line-up,
// two members pick Race 1, Race 2 and the Grand Final, the clock passes the Grand Final start,
// the podium is entered by hand, and the leaderboard shows the points of the classic preset.
import { readFileSync } from 'node:fs';
import { inPage, docShot, assert, assertEqual, letToastsFade } from './harness.mjs';
import { enterPodiumByHand, goToScreen, LINEUP, pickAsMembers, slotValues, takeOverAs } from './flows.mjs';

const NOV_30 = new Date('2026-11-30T12:00:00Z');
const SEASON_ID = 'gtws-2026';

// The Grand Final start comes from the built-in season file, so the test follows the data.
const SEASON = JSON.parse(readFileSync('shared/seasons/data/gtws-2026.season.json', 'utf8')).season;
const GRAND_FINAL = SEASON.rounds
  .flatMap((round) => round.races ?? [])
  .find((race) => race.id === 'gtws-2026-wf-nations-gf');
const AFTER_GRAND_FINAL = new Date(Date.parse(GRAND_FINAL.startsAt) + 2 * 60 * 60 * 1000);

// Also a test input: the Grand Final podium entered by hand (nobody knows it yet).
const PODIUM = [
  ['serr', 'Jose Serrano'],
  ['miya', 'Takuma Miyazono'],
  ['drum', 'Kylian Drumont'],
];

// Picks typed with the keyboard (the first match is chosen), per member and race.
const PICKS = {
  Ana: {
    'Race 1': ['urra', 'serr', 'gallo'],
    'Race 2': ['miya', 'drum', 'serr'],
    'Grand Final': ['serr', 'miya', 'drum'],
  },
  Ben: {
    'Race 1': ['gallo', 'urra', 'labout'],
    'Race 2': ['serr', 'miya', 'sasaki'],
    'Grand Final': ['miya', 'serr', 'gallo'],
  },
};
// Classic preset on the Grand Final (the only race with a result): 3 per exact slot, 1 per
// driver on the podium in another slot, +2 when all three are exact.
// Ana: Serrano, Miyazono, Drumont all exact = 3 + 3 + 3 + 2 = 11.
// Ben: Miyazono (P2, picked P1) +1, Serrano (P1, picked P2) +1, Gallo off the podium 0 = 2.
const EXPECTED = { Ana: 11, Ben: 2 };

async function worldFinals({ browser, baseUrl }) {
  await inPage(
    browser,
    baseUrl,
    { failureShot: 'world-finals-failure', viewport: { width: 1280, height: 800 } },
    async (app) => {
      const { page } = app;
      await page.clock.install({ time: NOV_30 });

      // Home: the next event is Tokyo, with a countdown to the first lock (Race 1 of the
      // Manufacturers Cup, on the Saturday: without a league every cup counts).
      await app.goto('/');
      const hero = page.getByRole('region', { name: /World Finals – Tokyo/ });
      await hero.waitFor();
      const heroText = await hero.innerText();
      assert(heroText.includes('Next event'), `Home names the next event: ${heroText}`);
      assert(heroText.includes('Race 1'), `the next pickable race is Race 1: ${heroText}`);
      const timer = await hero.getByRole('timer').getAttribute('aria-label');
      assert(/^Time until picks lock: 4d (20h|19h 59m)/.test(timer ?? ''), `countdown: ${timer}`);
      await docShot(page, 'wf-2026-home');

      // League screen: a league on the 2026 season with two members.
      await goToScreen(page, 'League');
      await page.getByLabel('League name').fill('Tokyo Club');
      await page.getByLabel('Season', { exact: true }).selectOption(SEASON_ID);
      await page.getByRole('button', { name: 'Create league' }).click();
      for (const member of ['Ana', 'Ben']) {
        await page.getByLabel('New member name').fill(member);
        await page.keyboard.press('Enter');
        await page.getByLabel(`Name of ${member}`).waitFor();
      }

      // Round: the line-up is pending, so there is no one to pick; the offer opens the paste panel.
      await goToScreen(page, 'Round');
      await page.getByRole('heading', { level: 2, name: 'World Finals – Tokyo' }).waitFor();
      const pending = page
        .getByRole('note')
        .filter({ hasText: /line-up for World Finals – Tokyo is not known yet/ });
      await pending.getByRole('link', { name: 'Paste the line-up' }).click();
      const panel = page.getByRole('region', { name: 'Paste the line-up' });
      assertEqual(
        await panel.getByLabel('Season', { exact: true }).inputValue(),
        SEASON_ID,
        'the paste panel opens on the league season',
      );
      await panel.getByLabel('Line-up text').fill(LINEUP);
      const preview = panel.getByRole('table', { name: 'Line-up preview' });
      await preview.waitFor();
      assertEqual((await preview.getByRole('row').count()) - 1, 12, 'preview rows');
      await panel.getByText(/^12 lines: 12 known/).waitFor();
      await panel.getByRole('button', { name: 'Save as the entry list' }).click();
      await panel
        .getByRole('status')
        .getByText(/Line-up saved: 12 entries on the Nations Cup list of Gran Turismo World Series 2026/)
        .waitFor();

      // Round: both members pick the three races; each pick saves as it is made.
      await goToScreen(page, 'Round');
      await page.getByRole('heading', { level: 2, name: 'World Finals – Tokyo' }).waitFor();
      assertEqual(await page.getByText(/line-up for .* is not known yet/).count(), 0, 'no pending note');
      await pickAsMembers(page, PICKS);
      assertEqual(
        await slotValues(page, 'Grand Final'),
        ['Takuma Miyazono', 'Jose Serrano', 'Valerio Gallo'],
        "Ben's Grand Final podium",
      );
      assertEqual(
        await slotValues(page, 'Race 2'),
        ['Jose Serrano', 'Takuma Miyazono', 'Takuma Sasaki'],
        "Ben's Race 2 podium",
      );
      await page.getByRole('radio', { name: 'Ana' }).click();
      await takeOverAs(page, 'Ana');
      await page
        .getByRole('heading', { level: 4, name: /Ana’s podium/ })
        .first()
        .waitFor();
      assertEqual(
        await slotValues(page, 'Race 1'),
        ['Pol Urra', 'Jose Serrano', 'Valerio Gallo'],
        "Ana's Race 1 podium",
      );
      await letToastsFade(page);
      await page.getByRole('heading', { level: 2, name: 'World Finals – Tokyo' }).evaluate((heading) => {
        // Back to the top of the screen: the member switch, the round and Race 1.
        for (let el = heading; el; el = el.parentElement) el.scrollTop = 0;
      });
      await docShot(page, 'wf-2026-round');

      // After the Grand Final start: every race is locked, and the podium is entered by hand.
      await page.clock.setSystemTime(AFTER_GRAND_FINAL);
      await page.getByRole('article', { name: 'Grand Final' }).getByText('Locked').waitFor();
      assertEqual(await page.getByRole('combobox', { name: /pick for/ }).count(), 0, 'no picker once locked');

      await goToScreen(page, 'Results');
      await enterPodiumByHand(page, GRAND_FINAL.id, 'Grand Final', PODIUM);
      const stored = page
        .getByRole('table', { name: 'Stored results' })
        .getByRole('row')
        .filter({ hasText: 'World Finals – Tokyo' })
        .filter({ hasText: 'Grand Final' });
      // The "podium only" badge is upper-cased by the style sheet.
      const storedText = (await stored.innerText()).toLowerCase();
      assert(
        storedText.includes('entered by hand') && storedText.includes('podium only'),
        `stored row: ${storedText}`,
      );

      // Leaderboard: the classic preset's points, Ana first.
      await goToScreen(page, 'Leaderboard');
      await page.getByText(`Ana leads with ${EXPECTED.Ana} points`).waitFor();
      const rows = page.getByRole('table', { name: 'Season standings' }).getByRole('row');
      const nameOf = async (n) => (await rows.nth(n).getByRole('rowheader').innerText()).split('\n')[0];
      const pointsOf = async (n) => Number(await rows.nth(n).getByRole('cell').nth(2).innerText());
      assertEqual([await nameOf(1), await pointsOf(1)], ['Ana', EXPECTED.Ana], 'first row');
      assertEqual([await nameOf(2), await pointsOf(2)], ['Ben', EXPECTED.Ben], 'second row');
      await letToastsFade(page);
      await docShot(page, 'wf-2026-leaderboard');

      // Home: the season is over, and Race 1 and Race 2 still wait for their results.
      await goToScreen(page, 'Home');
      const after = page.getByRole('region', { name: /World Finals – Tokyo/ });
      await after.getByText('Race 1, Race 2', { exact: true }).waitFor();
      assert(
        (await after.innerText()).includes('Still without a result: Race 1, Race 2.'),
        'Home names the races still without a result',
      );
    },
  );
}

export const tests = [
  {
    name: 'Tokyo 2026 as a new user: Home countdown, league, pasted line-up, picks, podium by hand, leaderboard',
    run: worldFinals,
  },
];
