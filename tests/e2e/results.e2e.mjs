// Results screen end to end: import through the file chooser, paste a pipe
// table, refuse a broken file without touching the stored results.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, assert, assertEqual } from './harness.mjs';

const OFFICIAL = path.resolve('tests/fixtures/results/2025-r1-london-nations-official.txt');
const PIPE = readFileSync('tests/fixtures/results/2025-r1-london-nations-grand-final-pipe.txt', 'utf8');

async function chooseFile(page, files) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(files);
}

/** Podium cells of the stored-results table, per race name. */
async function storedPodiums(page) {
  const table = page.getByRole('table', { name: 'Stored results' });
  if (!(await table.count())) return {};
  const out = {};
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('td').allInnerTexts();
    out[cells[0].replace(/\s+/g, ' ').trim()] = cells[1].replace(/\s+/g, ' ').trim();
  }
  return out;
}

export const tests = [
  {
    name: 'imports the 2025 R1 London official text through the file chooser',
    async run({ browser, baseUrl }) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 1024, height: 640 },
      ]) {
        const small = viewport.width < 1280;
        const app = await openPage(browser, baseUrl, { viewport });
        const { page } = app;
        try {
          await app.goto('/results');
          await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
          // The 2025 official results ship with the app: London is there before any import.
          await page.getByRole('table', { name: 'Stored results' }).waitFor();
          const builtIn = await storedPodiums(page);
          assert('Grand Final Round 1 – London' in builtIn, 'the built-in London result is stored');
          await chooseFile(page, OFFICIAL);

          await page
            .getByRole('heading', { name: /Preview of “2025-r1-london-nations-official.txt”/ })
            .waitFor();
          const races = await page
            .getByRole('combobox', { name: /^Race for table/ })
            .evaluateAll((els) => els.map((el) => el.value));
          assertEqual(
            races,
            ['gtws-2025-r1-nations-quali', 'gtws-2025-r1-nations-sprint', 'gtws-2025-r1-nations-gf'],
            'suggested races',
          );
          const gf = page.getByRole('table', { name: /Grand Final/ });
          const firstRow = await gf.locator('tbody tr').first().locator('td').allInnerTexts();
          assert(firstRow.join(' ').includes('Jose Serrano'), `GF first row: ${firstRow}`);
          await app.screenshot(small ? 'results-preview-1024' : 'results-preview');

          await page.getByRole('button', { name: 'Import 3 races (36 rows)' }).click();
          await page
            .getByRole('heading', { name: 'Imported “2025-r1-london-nations-official.txt”' })
            .waitFor();
          const podiums = await storedPodiums(page);
          assertEqual(
            podiums['Grand Final Round 1 – London'],
            '1 ES Jose Serrano 6 pts 2 ES Pol Urra 5 pts 3 IT Valerio Gallo 4 pts',
            'Grand Final podium with points',
          );
          const history = page
            .getByRole('table')
            .filter({ has: page.getByRole('columnheader', { name: 'Hash' }) });
          assertEqual(await history.locator('tbody tr').count(), 3, 'history rows');
          await app.screenshot(small ? 'results-imported-1024' : 'results-imported');

          if (!small) {
            await page.getByRole('button', { name: 'Undo last import' }).click();
            // It asks first, naming what comes back.
            await page.getByRole('alertdialog').getByText('the previous result').first().waitFor();
            await page.getByRole('button', { name: 'Undo the import' }).click();
            // Undo brings back what the import replaced: the built-in official results.
            await history.getByText('undone').nth(2).waitFor();
            const londonGf = page
              .getByRole('table', { name: 'Stored results' })
              .locator('tbody tr')
              .filter({ hasText: 'Round 1 – London' })
              .filter({ hasText: 'Grand Final' })
              .filter({ hasNotText: 'Manufacturers Cup' });
            await londonGf.getByText('Official report (built in)').waitFor();
            assertEqual(await history.getByText('undone').count(), 3, 'undone history rows');
          }
          app.assertClean();
        } finally {
          await app.close();
        }
      }
    },
  },
  {
    name: 'pastes the Grand Final pipe table and previews it (Ctrl+Enter)',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl);
      const { page } = app;
      try {
        await app.goto('/results');
        const box = page.getByRole('textbox', { name: 'Paste results text' });
        await box.fill(PIPE);
        await box.press('Control+Enter');
        await page.getByRole('heading', { name: 'Preview of “Pasted text”' }).waitFor();
        assertEqual(
          await page.getByRole('combobox', { name: 'Race for table 1' }).inputValue(),
          'gtws-2025-r1-nations-gf',
          'suggested race',
        );
        const rows = page.getByRole('table', { name: /Grand Final/ }).locator('tbody tr');
        assertEqual(await rows.count(), 12, 'pipe rows');
        const third = await rows.nth(2).locator('td').allInnerTexts();
        assert(third.join('|').includes('Valerio Gallo') && third[7] === '4', `P3 row: ${third}`);
        assert((await page.getByText('pipe table').count()) > 0, 'format shown');
        // The parse ran in the worker (the inline fallback is for environments without one).
        const usedWorker = await page.evaluate(() =>
          performance.getEntriesByType('resource').some((entry) => entry.name.includes('parse.worker')),
        );
        assert(usedWorker, 'the parse worker was not loaded');
        await page.getByRole('button', { name: 'Import 1 race (12 rows)' }).click();
        await page.getByRole('heading', { name: 'Imported “Pasted text”' }).waitFor();
        app.assertClean();
      } finally {
        await app.close();
      }
    },
  },
  {
    name: 'a broken file shows its errors and changes nothing',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl);
      const { page } = app;
      try {
        await app.goto('/results');
        await chooseFile(page, OFFICIAL);
        await page.getByRole('button', { name: /^Import 3 races/ }).click();
        await page.getByRole('heading', { name: /^Imported/ }).waitFor();
        const before = await storedPodiums(page);
        // London's three imported races plus the built-in Berlin and Los Angeles results, and the
        // built-in Manufacturers Cup results (London, Berlin, World Finals race 2).
        assertEqual(Object.keys(before).length, 9, 'stored races');
        await page.getByRole('button', { name: 'Import another file' }).click();

        const broken = [
          'Grand Final',
          'Rank Country / Driver Time Points',
          "1 Spain Jose Serrano 44'25.829 6",
          '1 Spain Pol Urra +00.287 5',
          '4 Italy Valerio Gallo +06.668 4',
          '5 Atlantis Jorge Serrano +07.063 3',
        ].join('\n');
        await chooseFile(page, { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from(broken) });
        await page.getByRole('heading', { name: 'Preview of “broken.txt”' }).waitFor();
        const alert = page.getByRole('alert').filter({ hasText: 'Cannot import yet' });
        await alert.waitFor();
        const issues = await page.getByRole('region', { name: /Issues/ }).innerText();
        assert(/line 4/.test(issues) && /appears twice/.test(issues), `issues: ${issues}`);
        assert(/Jorge Serrano/.test(issues), `unknown driver issue: ${issues}`);
        assert(await page.getByRole('button', { name: /^Import/ }).isDisabled(), 'import must be disabled');
        await app.screenshot('results-broken');
        await page.getByRole('button', { name: 'Cancel' }).click();

        // A binary file is refused before any preview.
        await chooseFile(page, {
          name: 'photo.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from([0, 1, 2, 3, 0, 255]),
        });
        await page.getByRole('alert').filter({ hasText: 'not a text file' }).waitFor();

        assertEqual(await storedPodiums(page), before, 'stored results unchanged');
        const history = page
          .getByRole('table')
          .filter({ has: page.getByRole('columnheader', { name: 'Hash' }) });
        assertEqual(await history.locator('tbody tr').count(), 3, 'history unchanged');
        app.assertClean();
      } finally {
        await app.close();
      }
    },
  },
];
