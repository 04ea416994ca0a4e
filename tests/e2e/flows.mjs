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
