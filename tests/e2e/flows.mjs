// Steps several end-to-end tests share, written the way a person uses the app:
// roles and labels, keyboard where the flow is about the keyboard.
import { assert } from './harness.mjs';

// A TEST INPUT, not data: the 2026 line-up is not published. These are the twelve real Nations
// Cup drivers of the 2025 season (London line-up, with their PSN IDs), pasted in the shapes fans
// copy, so that every line matches a driver the app already knows.
export const LINEUP = [
  'Spain – Jose Serrano (JoseSerrano_16)',
  'Japan – Takuma Miyazono (Kerokkuma_ej20)',
  'France – Kylian Drumont (R8G_Kylian19)',
  '4. Pol Urra',
  '5. Valerio Gallo',
  '- Thomas Labouteley (FR)',
  '- Kaj de Bruin (NL)',
  'Adriano Carrazza',
  'Angel Inostroza',
  'Takuma Sasaki',
  'Guy Barbara',
  'Samuel Cardinal',
].join('\n');

/** Clicks a screen in the sidebar. */
export async function goToScreen(page, label) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(label) })
    .click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

/** Creates a league on the default (newest) season and adds members, on the League screen. */
export async function createLeagueWithMembers(page, leagueName, members) {
  await goToScreen(page, 'League');
  await page.getByLabel('League name').fill(leagueName);
  await page.getByRole('button', { name: 'Create league' }).click();
  for (const name of members) {
    await page.getByLabel('New member name').fill(name);
    await page.keyboard.press('Enter');
    await page.getByLabel(`Name of ${name}`).waitFor();
  }
}

/**
 * After choosing another member in "Who is picking": the pass-the-computer
 * screen hides the last podium; the next member (without a PIN) starts.
 */
export async function takeOverAs(page, name) {
  await page.getByRole('heading', { level: 2, name: `Pass the computer to ${name}` }).waitFor();
  await page.getByRole('button', { name: `Start picking as ${name}` }).click();
}

/** Types into the focused combobox and chooses the first match with Enter. */
async function chooseWithKeyboard(page, query) {
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
}

/** On the Round screen: Tab from the "who is picking" switch to P1, then type three names. */
export async function pickPodium(page, [p1, p2, p3], race = 'Grand Final') {
  await page.getByRole('radio', { checked: true }).focus();
  const first = page.getByRole('combobox', { name: `P1 pick for ${race}` });
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert(
    await first.evaluate((el) => el === el.ownerDocument.activeElement),
    'P1 slot not reachable with Tab',
  );
  // Choosing a driver moves the focus to the next empty slot.
  await chooseWithKeyboard(page, p1);
  await chooseWithKeyboard(page, p2);
  await chooseWithKeyboard(page, p3);
}

/** Imports a results text on the Results screen by pasting it. */
export async function pasteAndImportResults(page, text) {
  await goToScreen(page, 'Results');
  await page.getByLabel('Paste results text').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: /^Import \d+ races?/ }).click();
  await page
    .getByText(/Imported|Undo/)
    .first()
    .waitFor();
}

const isFocused = (locator) => locator.evaluate((el) => el === el.ownerDocument.activeElement);

/** On the Round screen: focuses a race's P1 slot and fills the three slots with the keyboard (the first match each). */
export async function pickRace(page, race, queries) {
  const first = page.getByRole('combobox', { name: `P1 pick for ${race}`, exact: true });
  await first.focus();
  assert(await isFocused(first), `P1 pick for ${race} takes the focus`);
  for (const query of queries) await chooseWithKeyboard(page, query);
}

/** What the three slots of a race's picker show: `kind` "pick" (Round) or "result" (entered by hand). */
export async function slotValues(page, race = 'Grand Final', kind = 'pick') {
  const values = [];
  for (const slot of [1, 2, 3]) {
    const combobox = page.getByRole('combobox', { name: `P${slot} ${kind} for ${race}`, exact: true });
    values.push(await combobox.inputValue());
  }
  return values;
}

/**
 * On the Round screen: each member in turn ({ Ana: { 'Grand Final': ['serr', 'miya', 'drum'] } })
 * picks their races; waits until each pick is saved.
 */
export async function pickAsMembers(page, picksByMember) {
  for (const [member, races] of Object.entries(picksByMember)) {
    await page.getByRole('radio', { name: member }).click();
    // Switching member shows the pass-the-computer screen; choosing the member already picking does not.
    const podium = page.getByRole('heading', { level: 4, name: new RegExp(`${member}’s podium`) }).first();
    const pass = page.getByRole('heading', { level: 2, name: `Pass the computer to ${member}` });
    await Promise.race([podium.waitFor(), pass.waitFor()]);
    if (await pass.isVisible()) await takeOverAs(page, member);
    await podium.waitFor();
    for (const [race, queries] of Object.entries(races)) {
      await pickRace(page, race, queries);
      await page
        .getByText(new RegExp(`Saved ${member}'s pick for ${race}`))
        .first()
        .waitFor();
    }
  }
}

/**
 * On the Results screen: enters a podium by hand ([query, expected name] per place) for a race
 * and imports it, checking the slots show the names typed for.
 */
export async function enterPodiumByHand(page, raceId, race, podium) {
  await page.getByRole('button', { name: 'Enter result by hand…' }).click();
  await page.getByRole('combobox', { name: 'Race', exact: true }).selectOption(raceId);
  await page.getByRole('combobox', { name: `P1 result for ${race}`, exact: true }).focus();
  for (const [query] of podium) await chooseWithKeyboard(page, query);
  const shown = await slotValues(page, race, 'result');
  const wanted = podium.map(([, name]) => name);
  assert(shown.join('|') === wanted.join('|'), `podium entered: ${shown.join(', ')}`);
  await page.getByRole('button', { name: 'Preview result' }).click();
  await page.getByRole('heading', { name: 'Preview of the result entered by hand' }).waitFor();
  await page.getByRole('button', { name: 'Import 1 race (3 rows)' }).click();
  await page.getByRole('heading', { name: 'Stored the result entered by hand' }).waitFor();
}

/**
 * Opens the app on a fake clock that keeps today's time (toasts can then be made to expire at
 * once) and loads the demo league.
 */
export async function loadDemo(app) {
  await app.page.clock.install();
  await app.goto('/');
  await app.page.getByRole('button', { name: 'Load the demo' }).click();
}
