// The championship as it is on 30 November 2026: Home points at the Tokyo World Finals with a
// countdown, says the 2026 line-up is not known yet and offers to paste it; the Season screen
// shows Abu Dhabi cancelled and Round 3 to be announced; the 2025 champion comes from the data.
import { inPage, docShot, assert } from './harness.mjs';

const NOV_30 = new Date('2026-11-30T12:00:00Z');

async function homeOnNovember30({ browser, baseUrl }) {
  await inPage(browser, baseUrl, { failureShot: 'championship-failure' }, async (app) => {
    const { page } = app;
    await page.clock.install({ time: NOV_30 });
    await app.goto('/');
    const hero = page.getByRole('region', { name: /World Finals – Tokyo/ });
    await hero.waitFor();
    const text = await hero.innerText();
    assert(text.includes('Next event'), `Home names the next event, got: ${text}`);
    assert(!text.includes('Season complete'), 'Home must not say the season is complete');
    assert(text.includes('Race 1'), 'the next pickable race is Race 1');
    // Without a league every cup counts: the Manufacturers Cup's Race 1 is estimated at
    // 5 December 08:00 UTC, 4 days 20 hours after the clock (less the seconds the page took to load).
    const timer = await hero.getByRole('timer').getAttribute('aria-label');
    assert(
      /^Time until picks lock: 4d (20h|19h 59m)/.test(timer ?? ''),
      `countdown to Race 1, got: ${timer}`,
    );
    const note = page
      .getByRole('note')
      .filter({ hasText: 'The line-up for World Finals – Tokyo is not known yet.' });
    await note.waitFor();
    assert(
      (await page.locator('main').innerText()).includes('Fukuoka') === false,
      'Home must not point at the 2025 World Finals',
    );
    await docShot(page, 'home-2026-world-finals');

    // The offer to paste the line-up opens the Season screen for the Nations Cup.
    await note.getByRole('link', { name: 'Paste the line-up' }).click();
    await page.waitForURL(/#\/season\?lineup=nations(&season=gtws-2026)?$/);
    await page.getByRole('heading', { level: 1, name: 'Season' }).waitFor();
    const abuDhabi = page.getByRole('article', { name: 'Round 1 – Abu Dhabi' });
    // Badges are upper-cased by the style sheet.
    assert(
      (await abuDhabi.innerText()).toLowerCase().includes('cancelled'),
      'Abu Dhabi is shown as cancelled',
    );
    const round3 = page.getByRole('article', { name: 'Round 3' });
    const round3Text = (await round3.innerText()).toLowerCase();
    assert(
      round3Text.includes('to be announced') && round3Text.includes('date to be announced'),
      `Round 3 is to be announced without a date, got: ${round3Text}`,
    );
    await docShot(page, 'season-2026');

    // The 2025 season names its champion from the data, with the source as text.
    // The header's season picker (the line-up panel that the link opened has its own).
    await page.locator('#season-select').selectOption({ label: 'Gran Turismo World Series 2025' });
    const championship = page.getByRole('region', { name: 'Championship' });
    const champion = await championship.locator('p', { hasText: 'Nations Cup champion' }).innerText();
    assert(champion.includes('Jose Serrano'), `2025 champion from the data, got: ${champion}`);
  });
}

export const tests = [
  {
    name: 'Home on 2026-11-30 shows the Tokyo World Finals, the pending line-up and the 2026 statuses',
    run: homeOnNovember30,
  },
];
