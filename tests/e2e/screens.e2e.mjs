// Visits every screen of a fresh app from the sidebar: its heading, no console error, a screenshot each.
import { openPage, assert } from './harness.mjs';

export const tests = [
  {
    name: 'every screen of the sidebar opens with its name as heading, without console errors',
    async run({ browser, baseUrl }) {
      const app = await openPage(browser, baseUrl);
      try {
        await app.goto('/');
        const links = app.page.getByRole('navigation', { name: 'Main' }).getByRole('link');
        await links.first().waitFor();
        const count = await links.count();
        assert(count >= 7, `the sidebar lists every screen, got ${count}`);
        for (let i = 0; i < count; i++) {
          const label = (await links.nth(i).locator('span').first().innerText()).trim();
          await links.nth(i).click();
          await app.page.getByRole('heading', { level: 1, name: label, exact: true }).waitFor();
          await app.screenshot(`screen-${label.toLowerCase()}`);
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
