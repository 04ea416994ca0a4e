/**
 * The Results screen reads where a file belongs from the file itself, whatever
 * league is active, shows why, and lets the user correct the season.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { db } from '../../../renderer/src/db';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { ResultsScreen } from '../../../renderer/src/screens/results/ResultsScreen';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { renderScreen, resetAppDb } from '../screen-harness';

const WF_2024 = readFileSync('tests/fixtures/results/2024-wf-nations-report.txt', 'utf8');

function renderResults() {
  return renderScreen('/results', <ResultsScreen />);
}

const raceSelects = () =>
  screen.getAllByRole('combobox', { name: /^Race for table/ }).map((el) => (el as HTMLSelectElement).value);

beforeEach(async () => {
  await resetAppDb();
  const league = await createLeague(db, { name: 'Friends', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
  await addMember(db, league.id, { name: 'Alex' });
});

afterEach(cleanup);

describe('Results preview detection', { timeout: 20_000 }, () => {
  it('a 2024 report opens on 2024 with a 2025 league; choosing 2025 reads it again against 2025', async () => {
    renderResults();
    fireEvent.change(await screen.findByLabelText('Paste results text'), { target: { value: WF_2024 } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('heading', { name: 'Preview of “Pasted text”' });

    const season = screen.getByRole('combobox', { name: /^Season/ }) as HTMLSelectElement;
    expect(season.value).toBe('gtws-2024');
    expect(raceSelects()).toEqual([
      'gtws-2024-wf-nations-race1',
      'gtws-2024-wf-nations-race2',
      'gtws-2024-wf-nations-gf',
    ]);
    expect(screen.getByText(/This file is from .*2024 \(read from the file\)/)).toBeTruthy();
    expect(screen.getAllByText(/^Matched by title year 2024, title ‘World Finals’/)).toHaveLength(3);
    expect(screen.queryByText(/not in the .* entry list/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Import 3 races (36 rows)' })).toHaveProperty(
      'disabled',
      false,
    );

    // The user insists on 2025: nothing in 2025 fits these tables, and 2024's drivers are unknown there.
    fireEvent.change(season, { target: { value: 'gtws-2025' } });
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: /^Season/ }) as HTMLSelectElement).value).toBe(
        'gtws-2025',
      ),
    );
    expect(raceSelects()).toEqual(['', '', '']);
    expect(screen.getAllByText(/No known race fits this table/)).toHaveLength(3);
    expect(screen.getAllByText(/"Coque Lopez" is not in the 2025 entry list/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true);
  });
});
