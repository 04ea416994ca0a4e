import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPlan } from '../../../renderer/src/db/imports';
import { freshDb, PIPE, previewOf } from './helpers';
import { PreviewHarness } from './preview-harness';

// "Jorge Serrano" is a different person until the user says otherwise.
const JORGE = PIPE.replace('1 | Spain Jose Serrano', '1 | Spain Jorge Serrano');

afterEach(cleanup);

async function setup() {
  const { season } = await freshDb();
  const onConfirm = vi.fn<(plan: ImportPlan) => void>();
  render(
    <PreviewHarness season={season} initial={previewOf(season, JORGE, 'jorge.txt')} onConfirm={onConfirm} />,
  );
  // The preview's catalogue loads on first use: wait for it.
  const select = await screen.findByRole('combobox', { name: 'Driver for “Jorge Serrano” (line 5)' });
  return { onConfirm, select: select as HTMLSelectElement };
}

describe('unknown driver resolution in the preview', () => {
  it('offers the closest entry first but applies nothing until the user picks it', async () => {
    const { onConfirm, select } = await setup();
    expect(select.value).toBe('');
    const groups = within(select).getAllByRole('group');
    expect(groups[0]).toHaveProperty('label', 'Suggestions');
    expect(within(groups[0]!).getAllByRole('option')[0]!.textContent).toBe('Jose Serrano');
    expect(screen.getByText('Did you mean Jose Serrano?')).toBeTruthy();

    const importButton = screen.getByRole('button', { name: /^Import/ });
    expect(importButton).toHaveProperty('disabled', true);
    expect(screen.getByRole('alert').textContent).toContain('Choose the driver for “Jorge Serrano” (line 5)');
    expect(screen.getByText(/"Jorge Serrano" is not in the 2025 entry list/)).toBeTruthy();

    fireEvent.change(select, { target: { value: 'jose-serrano' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(importButton.textContent).toBe('Import 1 race (12 rows)');
    expect(screen.getByText('resolved')).toBeTruthy();
    fireEvent.click(importButton);
    const plan = onConfirm.mock.calls[0]![0];
    expect(plan.results[0]!.raceId).toBe('gtws-2025-r1-nations-gf');
    expect(plan.results[0]!.classification[0]).toMatchObject({
      position: 1,
      driverId: 'jose-serrano',
      points: 6,
    });
    expect(plan.newEntries).toEqual([]);
  });

  it('can add the unknown driver to the entry list instead', async () => {
    const { onConfirm, select } = await setup();
    fireEvent.change(select, { target: { value: '__add__' } });
    expect(screen.getByText(/Adds Jorge Serrano to the .*entry list/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 race (12 rows)' }));
    const plan = onConfirm.mock.calls[0]![0];
    expect(plan.results[0]!.classification[0]!.driverId).toBe('jorge-serrano');
    expect(plan.newEntries).toEqual([
      {
        cup: 'nations',
        driver: { id: 'jorge-serrano', name: 'Jorge Serrano', country: 'ES', psnIds: [], aliases: [] },
      },
    ]);
  });

  it('a table can be moved to another race or skipped, and skipping every table blocks', async () => {
    const { select } = await setup();
    expect(select).toBeTruthy();
    const race = screen.getByRole('combobox', { name: 'Race for table 1' }) as HTMLSelectElement;
    expect(race.value).toBe('gtws-2025-r1-nations-gf');
    fireEvent.change(race, { target: { value: 'gtws-2025-r2-nations-gf' } });
    expect(race.value).toBe('gtws-2025-r2-nations-gf');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Skip this table' }));
    expect(screen.getByRole('alert').textContent).toContain('Every table is skipped');
    expect(screen.getByText('table skipped')).toBeTruthy();
  });
});
