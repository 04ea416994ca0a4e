// A user creates the next season (the app only ships 2024 and 2025) in the editor,
// saves it, starts a league on it and picks a podium from its own entry list.
import { openPage, assert } from './harness.mjs';
import { goToScreen, pickPodium } from './flows.mjs';

const BEFORE_SEASON = new Date('2027-03-01T12:00:00Z');

async function createSeason({ browser, baseUrl }) {
  const app = await openPage(browser, baseUrl);
  const { page } = app;
  try {
    await page.clock.install({ time: BEFORE_SEASON });
    await app.goto('/season');
    await page.getByRole('button', { name: 'New season' }).click();
    const editor = page.getByRole('form', { name: 'New season' });
    await editor.getByLabel('Season name').fill('Gran Turismo World Series 2027');
    await editor.getByLabel('Year').fill('2027');
    await editor.getByLabel('Season id (used in files)').fill('gtws-2027');
    const round = editor.getByRole('group', { name: 'Round 1' });
    await round.getByLabel('Round name').fill('Round 1 – Tokyo');
    const tokyo = editor.getByRole('group', { name: 'Round 1 – Tokyo' });
    await tokyo.getByLabel('City').fill('Tokyo');
    await tokyo.getByLabel('First day').fill('2027-06-12');
    await tokyo.getByLabel('Time zone of the venue').fill('Asia/Tokyo');
    await tokyo.getByLabel('Track of Round 1 – Tokyo Grand Final').fill('Suzuka Circuit');
    await tokyo.getByLabel('Car of Round 1 – Tokyo Grand Final').fill('Red Bull X2019 Competition');
    const entry = editor.getByRole('group', { name: 'Entry list' });
    const drivers = [
      ['Aiko Tanaka', 'JP'],
      ['Bruno Costa', 'BR'],
      ['Chloé Martin', 'FR'],
    ];
    for (const [index, [name, country]] of drivers.entries()) {
      await entry.getByRole('button', { name: 'Add driver' }).click();
      await entry.getByLabel(`Name of driver ${index + 1}`).fill(name);
      await entry.getByLabel(`Country of ${name}`).fill(country);
    }
    await app.screenshot('season-editor-2027');
    await editor.getByRole('button', { name: 'Save season' }).click();
    await page.getByText('Gran Turismo World Series 2027 saved.').waitFor();
    await page.getByRole('heading', { level: 3, name: /Round 1 – Tokyo/ }).waitFor();
    assert(
      (await page.getByRole('region', { name: /entry list/i }).innerText()).includes('Chloé Martin'),
      'the new entry list shows its drivers',
    );

    // A league on the new season picks from its entry list.
    await goToScreen(page, 'League');
    await page.getByLabel('League name').fill('Class of 2027');
    await page
      .getByLabel('Season', { exact: true })
      .selectOption({ label: 'Gran Turismo World Series 2027' });
    await page.getByRole('button', { name: 'Create league' }).click();
    await page.getByLabel('New member name').fill('Ana');
    await page.keyboard.press('Enter');
    await page.getByLabel('Name of Ana').waitFor();
    await goToScreen(page, 'Round');
    await page.getByRole('heading', { level: 2, name: 'Round 1 – Tokyo' }).waitFor();
    // The race moved with the round's first day (12 June 2027), so it is open, not a replay.
    const card = page.getByRole('article', { name: 'Grand Final' });
    await card.getByText(/Locks in/i).waitFor();
    assert(!(await card.innerText()).includes('Locked'), 'the new season’s race must be open for picks');
    await pickPodium(page, ['chlo', 'aiko', 'bruno']);
    await page
      .getByText(/Saved Ana's pick for Grand Final: Chloé Martin, Aiko Tanaka, Bruno Costa/)
      .waitFor();
    app.assertClean();
  } catch (error) {
    await app.screenshot('season-failure').catch(() => {});
    throw error;
  } finally {
    await app.close();
  }
}

export const tests = [
  { name: 'create the 2027 season in the editor, start a league on it, pick a podium', run: createSeason },
];
