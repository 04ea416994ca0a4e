/**
 * A result entered by hand on the Results screen goes through the same
 * preview, commit, history and undo as a file, with the keyboard only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { clock } from '../../../renderer/src/app/clock';
import { db } from '../../../renderer/src/db';
import { readImportHistory } from '../../../renderer/src/db/imports';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { defaultHandRaceId } from '../../../renderer/src/screens/results/EnterResult';
import { ResultsScreen } from '../../../renderer/src/screens/results/ResultsScreen';
import { getBuiltInSeason } from '../../../shared/seasons';
import { sha256Hex } from '../../../shared/hash/sha256';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { renderScreen, resetAppDb } from '../screen-harness';

// The 2025 World Finals Race 1: no result is stored for it, so the test never depends on the
// built-in ones. Its real classification is not in the data: the podiums entered here are made up.
const WF_RACE1 = 'gtws-2025-wf-nations-race1';
const realNow = clock.now;

function renderResults() {
  return renderScreen('/results', <ResultsScreen />);
}

const slot = (n: number) => screen.getByRole('combobox', { name: `P${n} result for Race 1` });

/** Types a search and presses Enter, as a keyboard user does. */
function choose(n: number, query: string) {
  fireEvent.change(slot(n), { target: { value: query } });
  fireEvent.keyDown(slot(n), { key: 'Enter' });
}

async function enterPodium(names: [string, string, string], extra: string[] = []) {
  fireEvent.click(await screen.findByRole('button', { name: 'Enter result by hand…' }));
  fireEvent.change(await screen.findByRole('combobox', { name: 'Race' }), { target: { value: WF_RACE1 } });
  names.forEach((name, k) => choose(k + 1, name));
  for (const name of extra) {
    fireEvent.click(screen.getByRole('button', { name: /^Add P\d$/ }));
    choose(4 + extra.indexOf(name), name);
  }
  fireEvent.click(screen.getByRole('button', { name: 'Preview result' }));
  await screen.findByRole('heading', { name: 'Preview of the result entered by hand' });
}

beforeEach(async () => {
  await resetAppDb();
  // Fukuoka, after the start of Race 1 of the World Finals.
  const now = Date.parse('2025-12-21T06:30:00Z');
  clock.now = () => now;
  const league = await createLeague(db, { name: 'Friends', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
  await addMember(db, league.id, { name: 'Alex' });
});

afterEach(() => {
  cleanup();
  clock.now = realNow;
});

describe('enter result by hand', { timeout: 20_000 }, () => {
  it('stores a partial podium with its source, in the history, and undo removes it', async () => {
    renderResults();
    await enterPodium(['serrano', 'urra', 'gallo']);
    const table = screen.getByRole('table', { name: /Race 1/ });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      expect.stringContaining('Jose Serrano'),
      expect.stringContaining('Pol Urra'),
      expect.stringContaining('Valerio Gallo'),
    ]);
    expect(screen.getByText('Matched by the race named in the file.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 race (3 rows)' }));
    await waitFor(async () => expect(await db.results.get(WF_RACE1)).toBeDefined());
    const stored = (await db.results.get(WF_RACE1))!;
    expect(stored.partial).toBe(true);
    expect(stored.classification.map((r) => [r.position, r.driverId])).toEqual([
      [1, 'jose-serrano'],
      [2, 'pol-urra'],
      [3, 'valerio-gallo'],
    ]);
    const canonical =
      '{"format":"podium-results","version":1,"races":[{"title":"Race 1","session":"race1","raceId":"gtws-2025-wf-nations-race1","partial":true,"rows":[{"position":1,"driver":"Jose Serrano","driverId":"jose-serrano"},{"position":2,"driver":"Pol Urra","driverId":"pol-urra"},{"position":3,"driver":"Valerio Gallo","driverId":"valerio-gallo"}]}]}';
    expect(stored.source).toMatchObject({ fileName: 'entered by hand', sha256: sha256Hex(canonical) });
    const history = await readImportHistory(db);
    expect(history.map((h) => [h.raceId, h.fileName, h.format, h.rowCount])).toEqual([
      [WF_RACE1, 'entered by hand', 'hand', 3],
    ]);
    expect(await screen.findByText('podium only')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo last import' }));
    // Undo asks first, saying what it does; nothing changes until confirmed.
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toContain('left without a result');
    expect(await db.results.get(WF_RACE1)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo the import' }));
    await waitFor(async () => expect(await db.results.get(WF_RACE1)).toBeUndefined());
  });

  it('a longer classification replaces the podium, and the preview says so first', async () => {
    renderResults();
    await enterPodium(['serrano', 'urra', 'gallo']);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 race (3 rows)' }));
    await waitFor(async () => expect(await db.results.get(WF_RACE1)).toBeDefined());
    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));

    await enterPodium(['serrano', 'urra', 'gallo'], ['sasaki']);
    expect(
      screen.getByText(
        /World Finals – Fukuoka — Race 1: replaces the result imported on .* from “entered by hand” \(3 rows\) with 4 rows\./,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 race (4 rows)' }));
    await waitFor(async () => expect((await db.results.get(WF_RACE1))?.classification).toHaveLength(4));
    expect((await db.results.get(WF_RACE1))!.partial).toBe(true);
  });
});

describe('the race a result is entered for by default', () => {
  it('is the earliest started race still without a result, else the last started one', () => {
    const season = getBuiltInSeason('gtws-2025')!;
    const now = Date.parse('2025-09-20T18:00:00Z'); // the evening of Berlin
    expect(defaultHandRaceId(season, new Set(), now)).toBe('gtws-2025-r1-nations-gf');
    // London's Manufacturers Cup Grand Final started at the same time, listed after the Nations Cup's.
    expect(defaultHandRaceId(season, new Set(['gtws-2025-r1-nations-gf']), now)).toBe(
      'gtws-2025-r1-manufacturers-gf',
    );
    const london = ['gtws-2025-r1-nations-gf', 'gtws-2025-r1-manufacturers-gf'];
    expect(defaultHandRaceId(season, new Set(london), now)).toBe('gtws-2025-r2-nations-gf');
    const all = new Set([...london, 'gtws-2025-r2-manufacturers-gf', 'gtws-2025-r2-nations-gf']);
    expect(defaultHandRaceId(season, all, now)).toBe('gtws-2025-r2-manufacturers-gf');
  });

  it("offers the active league's cups first", () => {
    const season = getBuiltInSeason('gtws-2025')!;
    const now = Date.parse('2025-09-20T18:00:00Z');
    const londonNations = new Set(['gtws-2025-r1-nations-gf']);
    // A Nations-only league skips London's Manufacturers Grand Final for the next Nations race.
    expect(defaultHandRaceId(season, londonNations, now, ['nations'])).toBe('gtws-2025-r2-nations-gf');
    expect(defaultHandRaceId(season, londonNations, now, ['nations', 'manufacturers'])).toBe(
      'gtws-2025-r1-manufacturers-gf',
    );
    expect(defaultHandRaceId(season, new Set(), now, ['manufacturers'])).toBe(
      'gtws-2025-r1-manufacturers-gf',
    );
  });
});
