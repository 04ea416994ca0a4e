// The leaderboard of the demo league, used as a person would: load the demo from the Home
// screen's offer, read the table, open a member's breakdown with the keyboard, export CSV and PNG.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openPage, assert, assertEqual, RESULTS_DIR } from './harness.mjs';

/** Demo 2025 London replay, classic + joker: Bea's joker doubles 5; Chris and Dana tie on everything. */
// Berlin is graded from the built-in official podium (no demo pick there: 0); Los Angeles has only
// its winner known, so it waits (empty), like the World Finals without a result.
// Berlin stays ungraded: the demo is a blind replay, its built-in result hidden until picked or revealed.
const EXPECTED_CSV = [
  'rank,member,points,exact,perfect podiums,winners,Round 1 – London,Round 2 – Berlin,Round 3 – Los Angeles,World Finals – Fukuoka',
  '1,Bea,10,1,0,1,10,,,',
  '2,Alex,6,2,0,1,6,,,',
  '3,Chris,5,1,0,0,5,,,',
  '3,Dana,5,1,0,0,5,,,',
];

async function loadDemo(app) {
  await app.goto('/');
  await app.page.getByRole('button', { name: 'Load the demo' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Round' }).waitFor();
  await app.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Leaderboard/ })
    .click();
  await app.page.getByRole('heading', { level: 1, name: 'Leaderboard' }).waitFor();
  return app.page.getByRole('table', { name: 'Season standings' });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert(bytes.subarray(1, 4).toString('latin1') === 'PNG', 'not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const tests = [
  {
    name: 'demo league: leader, keyboard breakdown, CSV and PNG export, screenshots',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl, { viewport: { width: 1440, height: 900 } });
      const { page } = app;
      try {
        const table = await loadDemo(app);
        const rows = table.getByRole('row');
        await rows.nth(1).waitFor();
        assertEqual(await rows.count(), 5, 'header + four members');
        const leader = rows.nth(1);
        assertEqual(await leader.getByRole('rowheader').innerText(), 'Bea', 'leader');
        assertEqual(await leader.getByRole('cell').nth(2).innerText(), '10', 'leader points');
        assert(
          (await page.getByText('Bea leads with 10 points').count()) === 1,
          'leader summary line missing',
        );
        // The tie shares rank 3.
        assertEqual(await rows.nth(3).getByRole('cell').first().innerText(), '=3', 'Chris rank');
        assertEqual(await rows.nth(4).getByRole('cell').first().innerText(), '=3', 'Dana rank');

        // Keyboard: reach Bea's name button, open her breakdown with Enter, move down with the arrow key.
        await leader.getByRole('button', { name: 'Bea' }).focus();
        await page.keyboard.press('Enter');
        const panel = page.getByRole('region', { name: 'Bea’s picks' });
        await panel.waitFor();
        const text = await panel.innerText();
        for (const line of [
          'P1 pick Jose Serrano finished P1: +3',
          'P2 pick Valerio Gallo finished P3: +1 (on the podium)',
          'Joker round ×2: +5',
          'Total: 10',
        ])
          assert(text.includes(line), `breakdown lacks "${line}":\n${text}`);
        await page.keyboard.press('ArrowDown');
        assertEqual(
          await page.evaluate(() => globalThis.document.activeElement?.textContent),
          'Alex',
          'ArrowDown moves to the next member',
        );
        await leader.getByRole('button', { name: 'Bea' }).focus();
        // Screenshots without the "Demo loaded" toast over the table.
        await page.getByText(/Demo loaded/).waitFor({ state: 'detached', timeout: 10_000 });
        await app.screenshot('leaderboard');

        await page.getByRole('tab', { name: 'Charts & stats' }).click();
        await page.getByRole('img', { name: /Points over the season/ }).waitFor();
        const stats = page.getByRole('table', { name: 'Member statistics' });
        const bea = stats.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bea' }) });
        assertEqual(
          await bea.getByRole('cell').allInnerTexts(),
          // London is the only round graded: the demo is a blind replay, so Berlin's built-in result
          // stays hidden from the league (and Berlin open) until its members pick it or reveal it.
          ['33%', '100%', 'R1 · 10 pts', 'R1 · 10 pts', '1 / 1'],
          'Bea statistics',
        );
        await app.screenshot('leaderboard-charts');

        await page.getByRole('tab', { name: 'Race view' }).click();
        await page.getByRole('group', { name: 'Actual podium' }).waitFor();
        await app.screenshot('leaderboard-race');
        await page.getByRole('tab', { name: 'What-ifs' }).click();
        await page.getByRole('heading', { name: 'Who can still win' }).waitFor();
        await app.screenshot('leaderboard-whatifs');

        const csvDownload = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Export CSV' }).click();
        const csv = await csvDownload;
        assertEqual(csv.suggestedFilename(), 'demo-2025-london-replay-standings.csv', 'CSV file name');
        const csvText = await readFile(await csv.path(), 'utf8');
        // A BOM first, so Excel reads the UTF-8 (the dashes in the round names).
        assertEqual(csvText.charCodeAt(0), 0xfeff, 'CSV byte order mark');
        assertEqual(csvText.slice(1).trimEnd().split('\r\n'), EXPECTED_CSV, 'CSV content');

        const pngDownload = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Share as image' }).click();
        const png = await pngDownload;
        assertEqual(pngSize(await readFile(await png.path())), { width: 1080, height: 1350 }, 'PNG size');
        await png.saveAs(path.join(RESULTS_DIR, 'leaderboard-share.png'));
        app.assertClean();
      } finally {
        await app.close();
      }
    },
  },
];
