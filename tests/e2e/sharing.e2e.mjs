// Sharing a league between two friends' machines (issue 7): two browser contexts
// with separate storage exchange a league file and pick slips through real
// downloads and file choosers, a seal code is checked, a late pick and a tampered
// sealed slip are refused, and both machines end with identical standings. A slip
// that arrives after the lock waits as a late pick until the group accepts it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPage, assert, assertEqual, letToastsFade } from './harness.mjs';
import {
  createLeagueWithMembers,
  goToScreen,
  pasteAndImportResults,
  pickPodium,
  takeOverAs,
} from './flows.mjs';

const BEFORE_LOCK = new Date('2025-06-01T12:00:00Z');
const AFTER_LOCK = new Date('2025-06-08T12:00:00Z');
const RESULT_TEXT = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'podium-sharing-'));

/** Clicks a button that downloads a file; returns the saved file's path and text. */
async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const target = path.join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return { path: target, text: readFileSync(target, 'utf8'), name: file.suggestedFilename() };
}

/** Clicks a button that opens a file chooser and gives it a file. */
async function upload(page, buttonName, filePath) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  await chooser.setFiles(filePath);
}

async function standingsRows(page) {
  await goToScreen(page, 'Leaderboard');
  const table = page.getByRole('table', { name: 'Season standings' });
  await table.waitFor();
  return (await table.getByRole('row').allInnerTexts())
    .slice(1)
    .map((row) => row.replace(/\s+/g, ' ').replace(' YOU ', ' ').trim()); // "YOU" marks each machine's own member
}

/** Records a seal code a friend posted (Pick slips panel). */
async function recordSealCode(page, memberName, code) {
  await page.getByLabel('Member', { exact: true }).selectOption({ label: memberName });
  await page.getByLabel('Seal code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Record code' }).click();
  await page.getByText(new RegExp(`Code of ${memberName} recorded`)).waitFor();
}

/** The host joins a friend's computer to "Friday Club" (Ana, Bo) through the league file. */
async function hostAndFriend(host, friend) {
  for (const app of [host, friend]) {
    await app.page.clock.install({ time: BEFORE_LOCK });
    await app.goto('/');
  }
  await createLeagueWithMembers(host.page, 'Friday Club', ['Ana', 'Bo']);
  const bundle = await download(host.page, 'Export league…');
  await goToScreen(friend.page, 'League');
  await upload(friend.page, 'Import a league…', bundle.path);
  await friend.page.getByRole('dialog', { name: /Join “Friday Club”/ }).waitFor();
  await friend.page.getByRole('button', { name: 'Join league' }).click();
  await friend.page.getByLabel('Name of Bo').waitFor();
  return bundle;
}

async function sharingFlow({ browser, baseUrl }) {
  const host = await openPage(browser, baseUrl);
  const friend = await openPage(browser, baseUrl);
  try {
    // The host creates the league and sends the league file; the friend joins with it.
    const bundle = await hostAndFriend(host, friend);
    assertEqual(bundle.name, 'friday-club.podium.json', 'league file name');

    // Each picks on their own machine; Bo seals his picks before the lock.
    await goToScreen(host.page, 'Round');
    await pickPodium(host.page, ['serr', 'urra', 'gallo']);
    await host.page.getByText(/Saved Ana's pick for Grand Final/).waitFor();
    await goToScreen(friend.page, 'Round');
    await friend.page.getByRole('radio', { name: 'Bo' }).click();
    await takeOverAs(friend.page, 'Bo');
    await pickPodium(friend.page, ['urra', 'serr', 'sasaki']);
    await friend.page.getByText(/Saved Bo's pick for Grand Final/).waitFor();
    await goToScreen(friend.page, 'League');
    await friend.page.getByRole('button', { name: /Seal Bo's picks for Round 1/ }).click();
    const code = (await friend.page.locator('.seal-code').innerText()).trim();
    assert(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/.test(code), `seal code looks wrong: ${code}`);

    // Bo posts the code in the chat and the host records it before the start: Bo's commitment.
    await goToScreen(host.page, 'League');
    await recordSealCode(host.page, 'Bo', code);
    // Ana's slip reaches Bo's computer before the start, so it counts there.
    const anaSlip = await download(host.page, "Export Ana's picks…");
    await upload(friend.page, 'Import a slip…', anaSlip.path);
    await friend.page.getByText(/Signed with a key this computer has not seen before/).waitFor();
    await friend.page.getByRole('button', { name: 'Import 1 pick' }).click();
    await friend.page.getByText(/1 pick of Ana imported/).waitFor();

    // After the lock Bo exports his slip; its seal was recorded in time.
    for (const app of [host, friend]) await app.page.clock.setSystemTime(AFTER_LOCK);
    const boSlip = await download(friend.page, "Export Bo's picks…");

    // A tampered copy of Bo's sealed slip is refused, whatever the host clicks.
    const tampered = JSON.parse(boSlip.text);
    tampered.picks[0].podium = ['jose-serrano', 'pol-urra', 'valerio-gallo'];
    const tamperedPath = path.join(dir, 'tampered.podium-slip.json');
    writeFileSync(tamperedPath, JSON.stringify(tampered));
    await upload(host.page, 'Import a slip…', tamperedPath);
    await host.page.getByLabel('Seal code to check now (optional)').fill(code);
    await host.page
      .getByRole('alert')
      .getByText(/do not match the seal code/)
      .waitFor();
    assert(
      await host.page.getByRole('button', { name: /^Import \d+ picks?$/ }).isDisabled(),
      'tampered import must be disabled',
    );
    await host.page
      .getByRole('dialog', { name: /Picks of Bo/ })
      .getByRole('button', { name: 'Cancel' })
      .click();

    // A pick made after the race started is refused and listed.
    const late = JSON.parse(boSlip.text);
    late.seals = undefined;
    late.picks[0].madeAt = '2025-06-07T20:00:00.000Z';
    const latePath = path.join(dir, 'late.podium-slip.json');
    writeFileSync(latePath, JSON.stringify(late));
    await upload(host.page, 'Import a slip…', latePath);
    await host.page.getByText('1 pick refused').waitFor();
    await host.page.getByText(/after the race started/).waitFor();
    assert(
      await host.page.getByRole('button', { name: 'Import 0 picks' }).isVisible(),
      'late pick must not be importable',
    );
    await host.page
      .getByRole('dialog', { name: /Picks of Bo/ })
      .getByRole('button', { name: 'Cancel' })
      .click();

    // The honest slip matches its seal, recorded before the start: it counts although it arrives after.
    await upload(host.page, 'Import a slip…', boSlip.path);
    await host.page.getByLabel('Seal code to check now (optional)').fill(code);
    await host.page.getByText(/Seal matches/).waitFor();
    await host.page.getByRole('button', { name: 'Import 1 pick' }).click();
    await host.page.getByText(/1 pick of Bo imported/).waitFor();

    // The same slip again changes nothing.
    await upload(friend.page, 'Import a slip…', anaSlip.path);
    await friend.page.getByText('0 new or newer picks, 1 already here.').waitFor();
    await friend.page
      .getByRole('dialog', { name: /Picks of Ana/ })
      .getByRole('button', { name: 'Cancel' })
      .click();

    // The host imports the official result and re-shares the league; the friend updates.
    await pasteAndImportResults(host.page, RESULT_TEXT);
    await goToScreen(host.page, 'League');
    const updated = await download(host.page, 'Export league…');
    await host.page.getByRole('heading', { level: 2, name: 'Share & sync' }).scrollIntoViewIfNeeded();
    await letToastsFade(host.page);
    await host.screenshot('league');
    await goToScreen(friend.page, 'League');
    await upload(friend.page, 'Import a league…', updated.path);
    await friend.page.getByRole('dialog', { name: /Update “Friday Club”/ }).waitFor();
    await friend.page.getByRole('button', { name: 'Update league' }).click();

    const hostRows = await standingsRows(host.page);
    const friendRows = await standingsRows(friend.page);
    assertEqual(friendRows, hostRows, 'both machines show the same standings');
    assert(
      hostRows[0].startsWith('1') && hostRows[0].includes('Ana') && hostRows[0].includes('11'),
      `leader row: ${hostRows[0]}`,
    );
    assert(hostRows[1].includes('Bo') && / 2 /.test(` ${hostRows[1]} `), `second row: ${hostRows[1]}`);
    host.assertClean();
    friend.assertClean();
  } catch (error) {
    await host.screenshot('sharing-failure-host').catch(() => {});
    await friend.screenshot('sharing-failure-friend').catch(() => {});
    throw error;
  } finally {
    await host.close();
    await friend.close();
  }
}

async function latePickAccepted({ browser, baseUrl }) {
  const host = await openPage(browser, baseUrl);
  const friend = await openPage(browser, baseUrl);
  try {
    await hostAndFriend(host, friend);
    await goToScreen(friend.page, 'Round');
    await friend.page.getByRole('radio', { name: 'Bo' }).click();
    await takeOverAs(friend.page, 'Bo');
    await pickPodium(friend.page, ['urra', 'serr', 'sasaki']);
    await friend.page.getByText(/Saved Bo's pick for Grand Final/).waitFor();

    // Bo's slip (not sealed) reaches the host only after the start: whatever its dates say, it is late.
    for (const app of [host, friend]) await app.page.clock.setSystemTime(AFTER_LOCK);
    await goToScreen(friend.page, 'League');
    const boSlip = await download(friend.page, "Export Bo's picks…");
    await goToScreen(host.page, 'League');
    await upload(host.page, 'Import a slip…', boSlip.path);
    await host.page.getByText(/1 pick arrived after its race's lock/).waitFor();
    await host.page.getByRole('button', { name: 'Import 0 picks' }).click();
    await host.page.getByRole('heading', { name: '1 late pick waits for the group' }).waitFor();
    await goToScreen(host.page, 'Leaderboard');
    assert(!(await host.page.getByText(/Accepted late by the group/).isVisible()), 'nothing accepted yet');

    // The group agrees: the host accepts it, and the leaderboard says so.
    await goToScreen(host.page, 'League');
    await host.page.getByRole('button', { name: /Accept Bo's late pick for .*Grand Final/ }).click();
    await host.page
      .getByRole('group', { name: /Accept Bo's late pick for .*Grand Final/ })
      .getByRole('button', { name: 'Accept' })
      .click();
    await host.page
      .getByRole('heading', { name: /late picks? waits? for the group/ })
      .waitFor({ state: 'detached' });
    await goToScreen(host.page, 'Leaderboard');
    await host.page.getByText(/Accepted late by the group \(1 pick\): Bo \(.*Grand Final\)/).waitFor();
    host.assertClean();
    friend.assertClean();
  } catch (error) {
    await host.screenshot('late-failure-host').catch(() => {});
    throw error;
  } finally {
    await host.close();
    await friend.close();
  }
}

async function backupRestore({ browser, baseUrl }) {
  const source = await openPage(browser, baseUrl);
  const target = await openPage(browser, baseUrl);
  try {
    await source.goto('/');
    await source.page.getByRole('button', { name: 'Load the demo' }).click();
    await source.page.getByRole('heading', { level: 1, name: 'Round' }).waitFor();
    const before = await standingsRows(source.page);
    await goToScreen(source.page, 'Settings');
    const backup = await download(source.page, 'Back up now…');
    assert(/^podium-league-backup-\d{4}-\d{2}-\d{2}\.json$/.test(backup.name), `backup name: ${backup.name}`);

    // A fresh profile (a new computer, or after a wipe) restores it after a preview.
    await target.goto('/settings');
    await upload(target.page, 'Restore from a backup…', backup.path);
    const preview = target.page.getByRole('dialog', { name: /Restore “.*podium-league-backup/ });
    await preview.getByText(/Leagues: .*Demo · 2025 London replay/).waitFor();
    await preview.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await target.page.getByText(/Restored the backup/).waitFor();
    assertEqual(await standingsRows(target.page), before, 'standings after restore');
    source.assertClean();
    target.assertClean();
  } catch (error) {
    await target.screenshot('backup-failure-target').catch(() => {});
    throw error;
  } finally {
    await source.close();
    await target.close();
  }
}

export const tests = [
  {
    name: 'two machines exchange a league file and slips; seals, late and tampered picks; identical standings',
    run: sharingFlow,
  },
  {
    name: 'a slip arriving after the lock is late: it counts only once the group accepts it, shown on the leaderboard',
    run: latePickAccepted,
  },
  {
    name: 'backup from one profile, restore into a fresh one with a preview: the same league',
    run: backupRestore,
  },
];
