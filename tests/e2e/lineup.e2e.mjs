// Line-ups in seconds (issue 11): with the clock at 30 November 2026, a season
// whose Nations Cup entry list is pending gets its 12-driver line-up pasted in
// the shapes fans copy, previewed line by line (known drivers matched across
// seasons, one new driver given a country), saved in one step, and shown in
// the entry list.
//
// The season is imported from a file made here (a Tokyo World Finals round and
// an empty entry list). Once the app ships the 2026 season, switch SEASON_NAME
// to the built-in "Gran Turismo World Series 2026" and drop the file import.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPage, assert, assertEqual } from './harness.mjs';

const NOW = new Date('2026-11-30T12:00:00Z');
const SEASON_ID = 'lineup-test-2026';
const SEASON_NAME = 'Line-up test 2026';

/** A season file with the Tokyo World Finals and no entry list yet. */
function pendingSeasonFile() {
  const round = 'lineup-test-2026-wf';
  const race = (session, name, startsAt, pointsTable) => ({
    id: `${round}-nations-${session}`,
    cup: 'nations',
    session,
    name,
    track: '',
    car: '',
    laps: null,
    startsAt,
    pointsTable,
  });
  const season = {
    id: SEASON_ID,
    name: SEASON_NAME,
    year: 2026,
    rounds: [
      {
        id: round,
        number: 1,
        name: 'World Finals – Tokyo',
        venue: '',
        city: 'Tokyo',
        date: '2026-12-05',
        endDate: '2026-12-06',
        timeZone: 'Asia/Tokyo',
        races: [
          race('race1', 'Race 1', '2026-12-06T04:00:00Z', [10, 8, 6, 5, 4, 3, 2, 1]),
          race('race2', 'Race 2', '2026-12-06T05:00:00Z', [10, 8, 6, 5, 4, 3, 2, 1]),
          race('gf', 'Grand Final', '2026-12-06T07:00:00Z', [20, 16, 12, 10, 8, 6, 4, 2]),
        ],
      },
    ],
    drivers: [],
  };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'podium-lineup-')), `${SEASON_ID}.season.json`);
  writeFileSync(file, JSON.stringify({ format: 'podium-season', version: 1, season }, null, 2));
  return file;
}

// Twelve lines in the shapes fans paste: "Country – Driver (PSN ID)", numbered
// and dash lists, "Driver (ES)", a bare PSN ID, accents, and one new driver.
const LINEUP = [
  'Spain – José Serrano (JoseSerrano_16)',
  '2. Takuma Miyazono',
  '- Kaj de Bruin (NL)',
  'Italy – Valerio Gallo (OP_BRacer)',
  'Kylian Drumont (FR)',
  'Pol Urra',
  'Ángel Inostroza',
  'Didico__15',
  'Japan – Takuma Sasaki',
  'Guy Barbara (AU)',
  'Thomas Labouteley',
  'Seiya Suzuki',
].join('\n');

async function pasteLineup({ browser, baseUrl }) {
  const app = await openPage(browser, baseUrl, { viewport: { width: 1280, height: 900 } });
  const { page } = app;
  try {
    await page.clock.install({ time: NOW });
    await app.goto('/season');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import season file…' }).click(),
    ]);
    await chooser.setFiles(pendingSeasonFile());
    const imported = page.getByText(`${SEASON_NAME} imported.`);
    await imported.waitFor();
    // Let the toast time out (fake clock: no real wait) so it covers nothing in the screenshot.
    await page.clock.runFor(10_000);
    await imported.waitFor({ state: 'detached' });

    // The link Home and Round give when an entry list is pending.
    await app.goto('/season?lineup=nations');
    const panel = page.getByRole('region', { name: 'Paste the line-up' });
    const box = panel.getByLabel('Line-up text');
    await box.waitFor();
    assert(
      await box.evaluate((el) => el === globalThis.document.activeElement),
      'the line-up box has the focus',
    );
    await panel.getByLabel('Season', { exact: true }).selectOption({ label: SEASON_NAME });
    await box.fill(LINEUP);

    const preview = panel.getByRole('table', { name: 'Line-up preview' });
    await preview.waitFor();
    assertEqual((await preview.getByRole('row').count()) - 1, 12, 'preview rows');
    await panel.getByText('12 lines: 11 known, 1 new driver.').waitFor();
    const serrano = await preview.getByRole('row').nth(1).innerText();
    assert(/Jose Serrano/.test(serrano) && /by PSN ID/.test(serrano), `line 1 matched by PSN ID: ${serrano}`);
    const carrazza = await preview.getByRole('row').nth(8).innerText();
    assert(/Adriano Carrazza/.test(carrazza), `a bare PSN ID finds its driver: ${carrazza}`);
    await panel.getByLabel('Country of the new driver on line 12').fill('JP');
    await preview.getByRole('row').nth(12).getByText('Japan', { exact: true }).waitFor();
    await preview
      .getByRole('row')
      .nth(12)
      .evaluate((row) => row.scrollIntoView({ block: 'end' }));
    await app.screenshot('lineup-paste');

    await panel.getByRole('button', { name: 'Save as the entry list' }).click();
    await panel
      .getByRole('status')
      .getByText(/Line-up saved: 12 entries on the Nations Cup list of Line-up test 2026, 12 drivers added/)
      .waitFor();

    const list = page.getByRole('region', { name: 'Nations Cup entry list' });
    await list.getByText('12 drivers').waitFor();
    const text = await list.innerText();
    for (const name of ['Jose Serrano', 'Kaj de Bruin', 'Adriano Carrazza', 'Seiya Suzuki'])
      assert(text.includes(name), `the entry list shows ${name}`);
    assert(text.includes('JoseSerrano_16'), 'known PSN IDs come along');
    app.assertClean();
  } catch (error) {
    await app.screenshot('lineup-failure').catch(() => {});
    throw error;
  } finally {
    await app.close();
  }
}

export const tests = [
  {
    name: 'paste a 12-driver line-up into a pending season, preview, save, see the entry list',
    run: pasteLineup,
  },
];
