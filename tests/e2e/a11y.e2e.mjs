// Accessible and roomy: every screen, in its main states (no league, the demo league with
// each round, tab and the member breakdown, a league with a podium being picked, a result
// preview, the season editor), at 1024×640, 1280×800 and 1920×1080: no axe-core violation of
// serious or critical impact, nothing cut off (see layout-check.mjs), a screenshot of each
// into test-results/a11y/. Also: focus lands on the screen's heading after a keyboard jump,
// and a direct load of any route prints no console warning or error.
// Screens are found from the sidebar and tabs from their roles, so new screens and tabs are
// checked without changing this file.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inPage, RESULTS_DIR, assert, assertEqual } from './harness.mjs';
import { findCutOffs } from './layout-check.mjs';
import { createLeagueWithMembers, LINEUP } from './flows.mjs';

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const CONTRAST_SIZE = SIZES[1];
const NOV_30 = new Date('2026-11-30T12:00:00Z');
const SHOTS = path.join(RESULTS_DIR, 'a11y');
const AXE_SOURCE = readFileSync(
  createRequire(path.resolve('package.json')).resolve('axe-core/axe.min.js'),
  'utf8',
);
const RESULT_TEXT = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');

/** Waits until the screen has its heading, nothing is loading and the DOM has been still for a moment. */
async function settle(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !globalThis.document.querySelector('main [aria-busy="true"]'));
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        // Quiet for 120 ms (countdowns tick once a second, so they do not keep it busy).
        let timer = setTimeout(done, 120);
        const observer = new globalThis.MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, 120);
        });
        function done() {
          observer.disconnect();
          resolve();
        }
        observer.observe(globalThis.document.body, { subtree: true, childList: true, attributes: true });
      }),
  );
}

/**
 * Serious and critical axe-core violations on the page, one line per rule and element.
 * Colour contrast, nine tenths of axe's time here, runs at one size only (`withContrast`):
 * the theme's colours are the same at every window size, only the layout changes.
 */
async function axeViolations(page, withContrast) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (contrast) => {
    const { axe } = globalThis;
    // Only the rules run by default that can fail at serious or critical impact: the others
    // could never fail this test and only cost time.
    const SEVERE = ['serious', 'critical'];
    const rules = axe._audit.rules
      .filter((rule) => rule.enabled !== false && (!rule.impact || SEVERE.includes(rule.impact)))
      .map((rule) => rule.id)
      .filter((id) => contrast || id !== 'color-contrast');
    const { violations } = await axe.run(globalThis.document, {
      resultTypes: ['violations'],
      runOnly: { type: 'rule', values: rules },
    });
    return violations
      .filter((v) => SEVERE.includes(v.impact))
      .flatMap((v) =>
        v.nodes.map((node) => ({
          rule: v.id,
          impact: v.impact,
          target: node.target.join(' '),
          summary: (node.failureSummary ?? v.help).split('\n').slice(1, 2).join(' ').trim() || v.help,
        })),
      );
  }, withContrast);
}

/** Collects the findings of one run; `assertNone()` fails with all of them at once. */
function createReport() {
  const findings = [];
  const states = [];
  // Milliseconds spent per step, summed over the views (the walks overlap, so more than the wall time).
  const timings = { settle: 0, axe: 0, layout: 0, screenshot: 0 };
  const timed = async (step, run) => {
    const start = Date.now();
    try {
      return await run();
    } finally {
      timings[step] += Date.now() - start;
    }
  };
  const count = (type) => findings.filter((f) => f.type === type).length;
  const byRule = () => {
    const counts = {};
    for (const f of findings) counts[`${f.type} ${f.rule}`] = (counts[`${f.type} ${f.rule}`] ?? 0) + 1;
    return counts;
  };
  return {
    findings,
    async check(page, state, sizes = SIZES) {
      for (const size of sizes) {
        const at = `${state} @${size.width}×${size.height}`;
        await timed('settle', async () => {
          await page.setViewportSize(size);
          await settle(page);
        });
        for (const v of await timed('axe', () => axeViolations(page, size === CONTRAST_SIZE)))
          findings.push({
            at,
            type: 'axe',
            rule: v.rule,
            text: `${v.impact} ${v.rule} ${v.target}: ${v.summary}`,
          });
        for (const c of await timed('layout', () => page.evaluate(findCutOffs)))
          findings.push({ at, type: 'layout', rule: c.kind, text: `${c.kind}: ${c.element} (${c.detail})` });
        mkdirSync(SHOTS, { recursive: true });
        await timed('screenshot', () =>
          page.screenshot({ path: path.join(SHOTS, `${state}-${size.width}x${size.height}.png`) }),
        );
        states.push(at);
      }
    },
    /** Writes the figures and findings to test-results/a11y/<name>.json. */
    save(name) {
      mkdirSync(SHOTS, { recursive: true });
      writeFileSync(
        path.join(SHOTS, `${name}.json`),
        JSON.stringify(
          {
            views: states.length,
            axe: count('axe'),
            layout: count('layout'),
            byRule: byRule(),
            timings,
            findings,
          },
          null,
          2,
        ),
      );
    },
    assertNone() {
      if (findings.length === 0) return;
      const lines = findings.slice(0, 60).map((f) => `${f.at}: ${f.text}`);
      if (findings.length > lines.length) lines.push(`… and ${findings.length - lines.length} more`);
      throw new Error(
        `${count('axe')} serious/critical axe findings and ${count('layout')} cut-offs in ${states.length} views ` +
          `(${JSON.stringify(byRule())}):\n${lines.join('\n')}`,
      );
    },
  };
}

/** The screens of the sidebar, as hash paths, in its order. */
async function sidebarScreens(page) {
  return page
    .locator('aside nav a[href]')
    .evaluateAll((links) => links.map((a) => new URL(a.href).hash.slice(1) || '/'));
}

async function openScreen(page, hashPath) {
  await page.locator(`aside nav a[href="#${hashPath}"]`).click();
  await page.waitForFunction((p) => globalThis.location.hash === `#${p}`, hashPath);
  await settle(page);
}

const stateName = (prefix, hashPath) =>
  `${prefix}${hashPath.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '') || '-home'}`;

/** Loads the demo league from Home's first-run offer and waits until it is stored. */
async function loadDemo(page) {
  const load = page.getByRole('button', { name: 'Load the demo' });
  await load.click();
  // The app says so in a toast once every record is stored, wherever it then leads.
  await page.locator('.toast-region .toast').first().waitFor();
  await settle(page);
}

/** Checks the current screen, then each of its other tabs. */
async function checkWithTabs(page, report, state) {
  await report.check(page, state);
  const tabs = page.locator('main [role="tab"]');
  for (let i = 0; i < (await tabs.count()); i++) {
    if ((await tabs.nth(i).getAttribute('aria-selected')) === 'true') continue;
    await tabs.nth(i).click();
    await report.check(page, `${state}-tab${i + 1}`);
  }
}

async function everyScreenInEveryState({ browser, baseUrl }) {
  const report = createReport();
  try {
    await walkStates(browser, baseUrl, report);
  } finally {
    report.save('every-screen');
  }
  report.assertNone();
}

/** The two walks share nothing but the browser, so they run side by side. */
async function walkStates(browser, baseUrl, report) {
  await Promise.all([walkFreshProfile(browser, baseUrl, report), walkDemo(browser, baseUrl, report)]);
}

/** A fresh profile: every screen without a league, a result preview, the season editor, a new league. */
async function walkFreshProfile(browser, baseUrl, report) {
  await inPage(browser, baseUrl, { failureShot: 'a11y-fresh-failure' }, async (fresh) => {
    await fresh.page.clock.install({ time: NOV_30 });
    await fresh.goto('/');
    await settle(fresh.page);
    const screens = await sidebarScreens(fresh.page);
    assert(screens.length >= 7, `the sidebar lists the screens, got ${screens.join(', ')}`);
    for (const screen of screens) {
      await openScreen(fresh.page, screen);
      await report.check(fresh.page, stateName('no-league', screen));
    }

    // A result file in the preview, before import.
    await openScreen(fresh.page, '/results');
    await fresh.page.locator('main textarea').first().fill(RESULT_TEXT);
    await fresh.page.getByRole('button', { name: 'Preview' }).click();
    await fresh.page.getByRole('button', { name: /^Import \d+ races?/ }).waitFor();
    await report.check(fresh.page, 'results-preview');

    // The season editor of a built-in season (its race rows are the widest form).
    await openScreen(fresh.page, '/season');
    await fresh.page.locator('main [role="toolbar"] button').nth(1).click();
    await fresh.page.waitForFunction(() => globalThis.location.hash.includes('edit='));
    await report.check(fresh.page, 'season-editor');

    // A new league on the 2026 season, its line-up pasted: the Round screen with a podium
    // half picked and the driver list open (at each size, since it opens where the slot is).
    await createLeagueWithMembers(fresh.page, 'Roomy', ['Ana', 'Ben']);
    await report.check(fresh.page, 'league-new');
    await fresh.page.evaluate(() => (globalThis.location.hash = '#/season?lineup=nations'));
    await fresh.page.getByLabel('Line-up text').fill(LINEUP);
    await fresh.page.getByRole('button', { name: 'Save as the entry list' }).click();
    await fresh.page.locator('main [role="status"]').first().waitFor();
    await report.check(fresh.page, 'season-lineup-saved');
    await openScreen(fresh.page, '/round');
    const slot = fresh.page.locator('main [role="combobox"]').first();
    await slot.focus();
    for (const query of ['serr', 'miya']) {
      await fresh.page.keyboard.type(query);
      await fresh.page.keyboard.press('Enter');
    }
    await report.check(fresh.page, 'round-half-picked');
    for (const size of SIZES) {
      await fresh.page.setViewportSize(size);
      await fresh.page.locator('main [role="combobox"]').nth(2).focus();
      await fresh.page.keyboard.press('ArrowDown');
      await fresh.page.locator('[role="listbox"]:not([hidden])').waitFor();
      await report.check(fresh.page, 'round-driver-list', [size]);
      await fresh.page.keyboard.press('Escape');
    }
  });
}

/** The demo league: every screen and tab, every round, a member's breakdown. */
async function walkDemo(browser, baseUrl, report) {
  await inPage(browser, baseUrl, { failureShot: 'a11y-demo-failure' }, async (demo) => {
    await demo.page.clock.install({ time: NOV_30 });
    await demo.goto('/');
    await loadDemo(demo.page);
    for (const screen of await sidebarScreens(demo.page)) {
      await openScreen(demo.page, screen);
      await checkWithTabs(demo.page, report, stateName('demo', screen));
    }

    // Every round of the demo season, picks and results included.
    await openScreen(demo.page, '/round');
    const roundSelect = demo.page.locator('main header select').first();
    const rounds = await roundSelect.locator('option').evaluateAll((options) => options.map((o) => o.value));
    for (const [i, value] of rounds.entries()) {
      await roundSelect.selectOption(value);
      await report.check(demo.page, `demo-round-${i + 1}`);
    }

    // The first member's breakdown on the leaderboard.
    await openScreen(demo.page, '/leaderboard');
    const regions = await demo.page.locator('main section').count();
    await demo.page.locator('main table [role="rowheader"] button, main table th button').first().click();
    await demo.page.waitForFunction(
      (before) => globalThis.document.querySelectorAll('main section').length > before,
      regions,
    );
    await report.check(demo.page, 'demo-member-breakdown');
  });
}

/**
 * Opens each screen by its address in a page of its own, as a reload or a bookmark would,
 * all at once (same profile), and returns the console warnings and errors they printed.
 */
async function loadEachScreenDirectly(app, baseUrl) {
  const problems = [];
  await Promise.all(
    (await sidebarScreens(app.page)).map(async (screen) => {
      const page = await app.context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'warning' || msg.type() === 'error')
          problems.push(`${screen}: console ${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${screen}: page error: ${error.message}`));
      await page.clock.install({ time: NOV_30 });
      await page.goto(`${baseUrl}#${screen}`);
      await settle(page);
      await page.close();
    }),
  );
  return problems;
}

async function directLoads({ browser, baseUrl }) {
  await inPage(browser, baseUrl, { failureShot: 'a11y-direct-failure', warnings: true }, async (app) => {
    await app.page.clock.install({ time: NOV_30 });
    // The first start stores the built-in seasons; the screens then load side by side.
    await app.goto('/');
    await settle(app.page);
    const fresh = await loadEachScreenDirectly(app, baseUrl);
    await loadDemo(app.page);
    const demo = await loadEachScreenDirectly(app, baseUrl);
    assertEqual([...fresh, ...demo], [], 'console warnings and errors on direct loads');
  });
}

/** Each screen's keyboard shortcut (from the sidebar's aria-keyshortcuts) lands on its heading. */
async function shortcutsFocusTheHeading({ browser, baseUrl }) {
  await inPage(browser, baseUrl, { failureShot: 'a11y-focus-failure' }, async (app) => {
    await app.goto('/settings');
    await settle(app.page);
    const links = await app.page
      .locator('aside nav a[aria-keyshortcuts]')
      .evaluateAll((all) =>
        all.map((a) => ({ keys: a.getAttribute('aria-keyshortcuts'), hash: new URL(a.href).hash })),
      );
    assert(links.length >= 7, 'every screen has a shortcut');
    for (const { keys, hash } of links) {
      await app.page.keyboard.press(keys);
      await app.page.waitForFunction((h) => globalThis.location.hash === h, hash);
      await settle(app.page);
      await app.page.waitForFunction(() => globalThis.document.activeElement?.matches('main h1'));
      assertEqual(
        await app.page.evaluate(() => globalThis.document.activeElement?.textContent),
        await app.page.locator('main h1').first().textContent(),
        `focus after ${keys}`,
      );
    }
  });
}

/**
 * The cut-off check on a page made of the kinds of problems the app had (a table wider than
 * its frame, a clipped ellipsis, a row wider than the screen, a list opening below the
 * screen) next to the layouts that are meant to be (a list that scrolls down, a skip link
 * parked off screen, text in a closed <details>, screen-reader text).
 */
async function cutOffCheckKnowsTheDifference({ browser }) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  try {
    await page.setContent(`
      <style>
        body { margin: 0; font: 16px sans-serif; } td { white-space: nowrap; }
        .table-wrap { overflow-x: auto; width: 300px; }
        .ellipsis { width: 100px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .row { display: flex; width: 400px; } .row > div { flex: none; width: 300px; }
        .anchor { position: relative; height: 40px; margin-top: 520px; }
        .list { position: absolute; top: 100%; max-height: 200px; overflow-y: auto; margin: 0; }
        .tall { height: 100px; overflow-y: auto; }
        .skip { position: absolute; left: -999px; }
        .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      </style>
      <a class="skip" href="#x">Skip to content</a>
      <div class="table-wrap" id="wide-table"><table><tr><td>${'Grand Final '.repeat(8)}</td></tr></table></div>
      <div class="ellipsis" id="clipped">Takuma Miyazono (Kerokkuma_ej20)</div>
      <div class="row" id="row"><div>one</div><div>two</div><div>three</div></div>
      <div class="tall"><p>${'line<br>'.repeat(20)}</p></div>
      <details><summary>More</summary><div style="width: 2000px">hidden while closed</div></details>
      <span class="sr-only">Only for screen readers, a long sentence that does not fit</span>
      <div class="anchor"><ul role="listbox" class="list" id="below">${'<li role="option">Driver</li>'.repeat(20)}</ul></div>
    `);
    const found = (await page.evaluate(findCutOffs)).map((f) => `${f.kind} ${f.element.split(' ')[0]}`);
    assertEqual(
      found.sort(),
      [
        'clipped div#clipped.ellipsis',
        'off screen ul#below.list',
        'scrolls sideways div#wide-table.table-wrap',
        'spills div#row.row',
      ],
      'cut-offs found',
    );
  } finally {
    await page.close();
  }
}

export const tests = [
  {
    name: 'the cut-off check finds cut-offs and leaves intended scrolling alone',
    run: cutOffCheckKnowsTheDifference,
  },
  {
    name: 'every screen and state at 1024×640, 1280×800, 1920×1080: no serious axe finding, nothing cut off',
    run: everyScreenInEveryState,
  },
  { name: 'a direct load of any screen prints no console warning or error', run: directLoads },
  { name: 'Ctrl+digit moves the focus to the new screen’s heading', run: shortcutsFocusTheHeading },
];
