// Both GTWS championships in one league (issue 13): on 30 November 2026 a user replays the 2025
// season with a league that predicts the Nations Cup and the Manufacturers Cup. Two members pick
// the World Finals Grand Final of each cup (the Manufacturers Cup picker offers teams, found by
// team, driver or PSN ID), the Manufacturers Cup result is imported from pasted text, the Nations
// Cup podium is entered by hand, and the leaderboard shows each member's total and its split by
// cup. The Season screen shows the built-in 2025 Manufacturers Cup champion, Porsche.
import { inPage, assert, assertEqual, letToastsFade } from './harness.mjs';
import { enterPodiumByHand, goToScreen, pickAsMembers, slotValues } from './flows.mjs';

const NOV_30 = new Date('2026-11-30T12:00:00Z');
const SEASON_ID = 'gtws-2025';
const NATIONS_GF = 'gtws-2025-wf-nations-gf';
const TEAMS_GF = 'gtws-2025-wf-manufacturers-gf';
const TEAMS_GF_LABEL = 'Grand Final · Manufacturers Cup';

// TEST INPUTS, not data: the sources do not state either World Finals Grand Final classification
// (the built-in season has no result for them), so these results exist only in this test. They are
// written in the shape of the official Manufacturers Cup report ("Rank Manufacturer / Driver").
const TEAMS_RESULT_TEXT = [
  'Gran Turismo World Series 2025 World Finals - Manufacturers Cup',
  'Results',
  '',
  'Grand Final',
  '',
  'Rank Manufacturer / Driver',
  '1 Porsche Jose Serrano',
  '2 Mazda Pol Urra',
  '3 Subaru Kylian Drumont',
  '4 BMW Thomas Labouteley',
].join('\n');
const NATIONS_PODIUM = [
  ['serr', 'Jose Serrano'],
  ['miya', 'Takuma Miyazono'],
  ['drum', 'Kylian Drumont'],
];

// Picks typed with the keyboard (the first match is chosen). Ben finds his teams by a driver's
// PSN ID (Kerokkuma_ej20 is Takuma Miyazono of Subaru) and by drivers' names.
const PICKS = {
  Ana: {
    'Grand Final': ['serr', 'miya', 'drum'],
    [TEAMS_GF_LABEL]: ['porsche', 'mazda', 'subaru'],
  },
  Ben: {
    'Grand Final': ['miya', 'serr', 'gallo'],
    [TEAMS_GF_LABEL]: ['kerokkuma', 'urra', 'inostroza'],
  },
};
// Classic preset: 3 per exact slot, 1 per entry on the podium in another slot, +2 when all three
// are exact. Ana: both podiums exact, 11 + 11. Ben: Nations Cup Miyazono and Serrano swapped (1 + 1),
// Gallo off the podium; Manufacturers Cup Subaru (P3, picked P1) 1, Mazda exact 3, Porsche (P1,
// picked P3) 1.
const EXPECTED = {
  Ana: { total: 22, nations: 11, manufacturers: 11 },
  Ben: { total: 7, nations: 2, manufacturers: 5 },
};

async function bothCups({ browser, baseUrl }) {
  const options = { failureShot: 'manufacturers-failure', viewport: { width: 1280, height: 800 } };
  await inPage(browser, baseUrl, options, async (app) => {
    const { page } = app;
    await page.clock.install({ time: NOV_30 });
    await app.goto('/');

    // Season: the built-in 2025 data names Porsche the Manufacturers Cup champion, with its source,
    // next to the Nations Cup champion, and lists the teams with their drivers.
    await goToScreen(page, 'Season');
    await page.getByLabel('Season', { exact: true }).selectOption(SEASON_ID);
    const champion = page.locator('p.champion').filter({ hasText: 'Manufacturers Cup champion' });
    const championText = await champion.innerText();
    assert(championText.includes('Porsche'), `Manufacturers Cup champion: ${championText}`);
    assert(/Source:\s*https?:\/\//.test(championText), `the champion names its source: ${championText}`);
    await page.locator('p.champion').filter({ hasText: 'Nations Cup champion' }).waitFor();
    const teams = page.getByRole('region', { name: 'Manufacturers Cup entry list' });
    const porsche = teams.getByRole('row').filter({ hasText: 'Porsche' });
    assert((await porsche.innerText()).includes('Jose Serrano'), 'Porsche lists its drivers');

    // League: a replay league on 2025 that predicts both cups, with two members.
    await goToScreen(page, 'League');
    await page.getByLabel('League name').fill('Both Cups Club');
    await page.getByLabel('Season', { exact: true }).selectOption(SEASON_ID);
    // A finished season starts a replay league (once the chosen season has loaded).
    await page.getByRole('checkbox', { name: /^Replay mode/, checked: true }).waitFor();
    assert(
      await page.getByRole('radio', { name: 'Nations Cup', exact: true }).isChecked(),
      'the Nations Cup is the default',
    );
    await page.getByRole('radio', { name: 'Both cups' }).check();
    await page.getByRole('button', { name: 'Create league' }).click();
    for (const member of ['Ana', 'Ben']) {
      await page.getByLabel('New member name').fill(member);
      await page.keyboard.press('Enter');
      await page.getByLabel(`Name of ${member}`).waitFor();
    }
    await page
      .getByText(/Nations Cup \+ Manufacturers Cup/)
      .first()
      .waitFor();

    // Round: the World Finals list both cups' races, the Manufacturers Cup ones marked as such.
    await goToScreen(page, 'Round');
    await page.getByLabel('Round', { exact: true }).selectOption({ label: 'World Finals – Fukuoka' });
    await page.getByRole('heading', { level: 2, name: 'World Finals – Fukuoka' }).waitFor();
    const teamCard = page.getByRole('article', { name: /Grand Final\s*Manufacturers Cup/ });
    await teamCard.waitFor();
    await pickAsMembers(page, PICKS);
    assertEqual(
      await slotValues(page, TEAMS_GF_LABEL),
      ['Subaru', 'Mazda', 'Porsche'],
      "Ben's Manufacturers Cup podium, found by PSN ID and driver names",
    );
    assertEqual(
      await slotValues(page, 'Grand Final'),
      ['Takuma Miyazono', 'Jose Serrano', 'Valerio Gallo'],
      "Ben's Nations Cup podium",
    );
    await letToastsFade(page);

    // Results: the Manufacturers Cup Grand Final from pasted text, assigned to its race.
    await goToScreen(page, 'Results');
    const box = page.getByRole('textbox', { name: 'Paste results text' });
    await box.fill(TEAMS_RESULT_TEXT);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('heading', { name: 'Preview of “Pasted text”' }).waitFor();
    // The title, the cup and the heading are enough to suggest the right race.
    const raceSelect = page.getByRole('combobox', { name: 'Race for table 1' });
    assertEqual(
      await raceSelect.inputValue(),
      TEAMS_GF,
      'the table goes to the Manufacturers Cup Grand Final',
    );
    await page.getByRole('button', { name: 'Import 1 race (4 rows)' }).click();
    await page.getByRole('heading', { name: 'Imported “Pasted text”' }).waitFor();

    // Results: the Nations Cup Grand Final podium entered by hand.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await enterPodiumByHand(page, NATIONS_GF, 'Grand Final', NATIONS_PODIUM);

    // Leaderboard: each member's total and its split by cup.
    await goToScreen(page, 'Leaderboard');
    await page.getByText(`Ana leads with ${EXPECTED.Ana.total} points`).waitFor();
    const table = page.getByRole('table', { name: 'Season standings' });
    const head = await table.getByRole('columnheader').allTextContents();
    assertEqual(
      head.slice(0, 6).map((text) => text.trim()),
      ['Rank', 'Move', 'Member', 'Points', 'Nations Cup', 'Manufacturers Cup'],
      'the table splits the points by cup',
    );
    const rows = table.getByRole('row');
    for (const [n, member] of [
      [1, 'Ana'],
      [2, 'Ben'],
    ]) {
      const row = rows.nth(n);
      const name = (await row.getByRole('rowheader').innerText()).split('\n')[0];
      const numbers = (await row.getByRole('cell').allInnerTexts()).slice(2, 5).map(Number);
      const want = EXPECTED[member];
      assertEqual([name, ...numbers], [member, want.total, want.nations, want.manufacturers], `row ${n}`);
    }
  });
}

export const tests = [
  {
    name: 'a league with both cups on 2025: team picks, a Manufacturers Cup result from text, the per-cup split',
    run: bothCups,
  },
];
