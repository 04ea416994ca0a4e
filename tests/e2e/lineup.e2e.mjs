// Line-ups in seconds (issue 11): with the clock at 30 November 2026, the
// built-in 2026 season (Tokyo World Finals, Nations Cup line-up pending) gets
// its 12-driver line-up pasted in the shapes fans copy, previewed line by line
// (known drivers matched across seasons, one new driver given a country),
// saved in one step, and shown in the entry list; Home stops saying the
// line-up is pending.
import { openPage, assert, assertEqual } from './harness.mjs';

const NOW = new Date('2026-11-30T12:00:00Z');
const SEASON_NAME = 'Gran Turismo World Series 2026';

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
  'Rin Yamada',
].join('\n');

async function pasteLineup({ browser, baseUrl }) {
  const app = await openPage(browser, baseUrl, { viewport: { width: 1280, height: 900 } });
  const { page } = app;
  try {
    await page.clock.install({ time: NOW });
    // Home says the line-up is pending and links to the paste panel of that season.
    await app.goto('/');
    await page.getByText(/line-up for .* is not known yet/i).waitFor();
    await page.getByRole('link', { name: 'Paste the line-up' }).click();
    const panel = page.getByRole('region', { name: 'Paste the line-up' });
    const box = panel.getByLabel('Line-up text');
    await box.waitFor();
    // Once every chunk and catalogue of the screen has arrived (a late one must not blur the box).
    await page.waitForLoadState('networkidle');
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
      .getByText(
        /Line-up saved: 12 entries on the Nations Cup list of Gran Turismo World Series 2026, 12 drivers added/,
      )
      .waitFor();

    const list = page.getByRole('region', { name: 'Nations Cup entry list' });
    await list.getByText('12 drivers').waitFor();
    const text = await list.innerText();
    for (const name of ['Jose Serrano', 'Kaj de Bruin', 'Adriano Carrazza', 'Rin Yamada'])
      assert(text.includes(name), `the entry list shows ${name}`);
    assert(text.includes('JoseSerrano_16'), 'known PSN IDs come along');
    await app.goto('/');
    await page.getByText(/Tokyo/).first().waitFor();
    // The Nations Cup line-up is known now; Home offers the Manufacturers Cup's, still pending.
    assertEqual(
      await page.getByRole('link', { name: 'Paste the line-up' }).getAttribute('href'),
      '#/season?lineup=manufacturers&season=gtws-2026',
      'Home offers the line-up still pending',
    );
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
