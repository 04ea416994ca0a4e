// Visits every screen of a fresh app: heading, main content, no console error, a screenshot each.
import { openPage, assert } from './harness.mjs';

const SCREENS = [
  { path: '/', heading: 'Home', content: 'Latest results' },
  { path: '/round', heading: 'Round', content: 'Grand Final' },
  { path: '/results', heading: 'Results', content: 'Results' },
  { path: '/leaderboard', heading: 'Leaderboard', content: 'league' },
  { path: '/league', heading: 'League', content: 'league' },
  { path: '/season', heading: 'Season', content: 'World Finals' },
  { path: '/settings', heading: 'Settings', content: 'Version' },
];

export const tests = [
  {
    name: 'every screen loads with its heading and content, without console errors',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl);
      try {
        for (const screen of SCREENS) {
          await app.goto(screen.path);
          await app.page.getByRole('heading', { level: 1, name: screen.heading, exact: true }).waitFor();
          const text = await app.page.locator('main').innerText();
          assert(
            text.includes(screen.content),
            `${screen.path}: expected "${screen.content}" in main content, got: ${text.slice(0, 300)}`,
          );
          await app.screenshot(`screen-${screen.heading.toLowerCase()}`);
        }
        app.assertClean();
      } finally {
        await app.close();
      }
    },
  },
  {
    name: 'sidebar navigation and Ctrl+digit shortcuts reach every screen',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl);
      try {
        await app.goto('/');
        await app.page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: /Season/ })
          .click();
        await app.page.getByRole('heading', { level: 1, name: 'Season' }).waitFor();
        await app.page.keyboard.press('Control+7');
        await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
        await app.page.keyboard.press('Control+1');
        await app.page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
        app.assertClean();
      } finally {
        await app.close();
      }
    },
  },
  {
    name: 'small window (1024×640) keeps the navigation and heading visible',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl, { viewport: { width: 1024, height: 640 } });
      try {
        await app.goto('/season');
        await app.page.getByRole('heading', { level: 1, name: 'Season' }).waitFor();
        assert(await app.page.getByRole('navigation', { name: 'Main' }).isVisible(), 'navigation hidden');
        await app.screenshot('small-window-season');
        app.assertClean();
      } finally {
        await app.close();
      }
    },
  },
];
