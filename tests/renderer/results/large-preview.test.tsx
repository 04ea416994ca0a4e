/** The Results preview of long files: rows virtualised, one resolver per unknown name. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { withTable } from '../../../renderer/src/screens/results/preview-model';
import {
  GROUPS_PER_PAGE,
  groupUnknownDrivers,
} from '../../../renderer/src/screens/results/UnknownDriverGroups';
import { freshDb, previewOf, R1_GF } from './helpers';
import { PreviewHarness } from './preview-harness';

afterEach(cleanup);

/** A pipe table of `count` rows: known drivers and `unknown` distinct unknown names, repeated. */
function longTable(count: number, unknown: number): string {
  const known = ['Spain Jose Serrano', 'Spain Pol Urra', 'Italy Valerio Gallo', 'Japan Takuma Sasaki'];
  const lines = ['Grand Final Results', 'Rank | Country / Driver | Time | Points |', '---|---|---|---|'];
  for (let i = 1; i <= count; i++) {
    const name = i % 2 === 0 ? known[i % known.length]! : `Spain Driver Number${i % unknown}`;
    lines.push(`${i} | ${name} | ${i === 1 ? "44'25.829" : `+${String(i % 60).padStart(2, '0')}.000`} | 0 |`);
  }
  return lines.join('\n');
}

describe('a long results file in the preview', () => {
  it('renders a bounded number of rows and one drop-down per unknown name, not per row', async () => {
    // The failure: every row rendered, with a <select> per unknown driver: 1,000 rows took 34 s and 1.4 GB.
    const { season } = await freshDb();
    // Detection does not place a table whose track and laps are unknown: the race is chosen, as on screen.
    const preview = withTable(previewOf(season, longTable(5000, 7), 'long.txt'), 0, { raceId: R1_GF });
    const { container } = render(<PreviewHarness season={season} initial={preview} />);
    const table = await screen.findByRole('table', { name: /^Rows of table 1/ });
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    expect(table.querySelectorAll('tr[data-row]').length).toBeLessThan(100);
    expect(container.querySelectorAll('select[aria-label^="Driver for"]')).toHaveLength(7);
    // The reasons the import is blocked are listed up to a point, then counted.
    const reasons = container.querySelectorAll('.rs-blockers li');
    expect(reasons.length).toBe(21);
    expect(reasons[20]!.textContent).toMatch(/^…and \d+ more\.$/);
  });

  it('applies the entry chosen for a name to every row of that name', async () => {
    const { season } = await freshDb();
    const preview = previewOf(season, longTable(40, 3), 'short.txt');
    render(<PreviewHarness season={season} initial={preview} />);
    const groups = groupUnknownDrivers(preview.outcome.races[0]!.rows);
    const group = groups.find((g) => g.driver === 'Driver Number1')!;
    expect(group.rows.length).toBeGreaterThan(1);
    const select = screen.getByRole('combobox', {
      name: `Driver for “Driver Number1” (${group.rows.length} rows)`,
    });
    fireEvent.change(select, { target: { value: 'kaj-de-bruin' } });
    const table = screen.getByRole('table', { name: /^Rows of table 1/ });
    const rows = within(table)
      .getAllByRole('row')
      .filter((row) => row.textContent?.includes('Driver Number1'));
    expect(rows).toHaveLength(group.rows.length);
    for (const row of rows) expect(row.textContent).toContain('Kaj de Bruin');
  });

  it('shows unknown names a page at a time', async () => {
    const { season } = await freshDb();
    const preview = previewOf(season, longTable(300, 1000), 'many.txt');
    const names = groupUnknownDrivers(preview.outcome.races[0]!.rows).length;
    expect(names).toBe(150);
    const { container } = render(<PreviewHarness season={season} initial={preview} />);
    const resolvers = () => container.querySelectorAll('.rs-unknown select').length;
    expect(resolvers()).toBe(GROUPS_PER_PAGE);
    fireEvent.click(screen.getByRole('button', { name: `Show ${GROUPS_PER_PAGE} more` }));
    expect(resolvers()).toBe(2 * GROUPS_PER_PAGE);
  });
});
