import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PodiumPicker } from '../../../renderer/src/components/PodiumPicker';
import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import { i18n } from '../../../renderer/src/i18n/setup';

const entries = BUILT_IN_SEASONS.find((s) => s.id === 'gtws-2025')!.drivers;

afterEach(cleanup);

// The picker's words load with its namespace; these tests render synchronously, so load it first.
beforeAll(() => i18n.loadNamespaces('picker'));

const SAVED: [string, string, string] = ['jose-serrano', 'pol-urra', 'valerio-gallo'];

function slot(n: 1 | 2 | 3) {
  return screen.getByRole('combobox', { name: `P${n} pick for Grand Final` });
}

function choose(n: 1 | 2 | 3, query: string) {
  fireEvent.change(slot(n), { target: { value: query } });
  fireEvent.keyDown(slot(n), { key: 'Enter' });
}

/** The picker holding a saved podium (Serrano, Urra, Gallo); returns what it commits to. */
function renderSavedPick() {
  const onCommit = vi.fn();
  render(<PodiumPicker label="Grand Final" entries={entries} value={SAVED} onCommit={onCommit} />);
  return onCommit;
}

// Generous timeout: the renderer suite runs files in parallel on small CI machines.
describe('PodiumPicker', { timeout: 20_000 }, () => {
  it('fills three slots from the keyboard and commits once the podium is complete', () => {
    const onCommit = vi.fn();
    render(<PodiumPicker label="Grand Final" entries={entries} value={null} onCommit={onCommit} />);
    choose(1, 'serr');
    choose(2, 'PolUrra'); // PSN ID
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByText(/Fill P3 to save/)).toBeTruthy();
    // Country search, then the arrow keys pick the second match.
    fireEvent.change(slot(3), { target: { value: 'japan' } });
    const listbox = screen.getByRole('listbox', { name: 'Drivers for P3 pick for Grand Final' });
    const options = listbox.querySelectorAll('[role="option"]');
    expect([...options].map((o) => o.textContent)).toEqual([
      expect.stringContaining('Takuma Miyazono'),
      expect.stringContaining('Takuma Sasaki'),
    ]);
    fireEvent.keyDown(slot(3), { key: 'ArrowDown' });
    expect(slot(3).getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(slot(3), { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith(['jose-serrano', 'pol-urra', 'takuma-sasaki'], null);
  });

  it('never holds a driver twice: choosing one from another slot swaps them', () => {
    const onCommit = renderSavedPick();
    choose(1, 'urra');
    expect(onCommit).toHaveBeenCalledWith(['pol-urra', 'jose-serrano', 'valerio-gallo'], SAVED);
    expect(screen.getByText(/Swapped: Pol Urra to P1, Jose Serrano to P2/)).toBeTruthy();
  });

  it('clears a slot with Backspace, closes the list with Escape, and keeps the saved pick until complete', () => {
    const onCommit = renderSavedPick();
    fireEvent.keyDown(slot(2), { key: 'Backspace' });
    expect((slot(2) as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/which still counts/)).toBeTruthy();
    fireEvent.change(slot(2), { target: { value: 'kaj' } });
    expect(slot(2).getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(slot(2), { key: 'Escape' });
    expect(slot(2).getAttribute('aria-expanded')).toBe('false');
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('says so when nothing matches', () => {
    render(<PodiumPicker label="Grand Final" entries={entries} value={null} onCommit={() => {}} />);
    fireEvent.change(slot(1), { target: { value: 'Schumacher' } });
    expect(screen.getByText(/No driver matches/)).toBeTruthy();
    fireEvent.keyDown(slot(1), { key: 'Enter' });
    expect((slot(1) as HTMLInputElement).value).toBe('Schumacher');
  });

  it('is read-only when locked', () => {
    render(<PodiumPicker label="Grand Final" entries={entries} value={SAVED} disabled onCommit={() => {}} />);
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.getByLabelText('P1 pick for Grand Final').textContent).toContain('Jose Serrano');
  });
});
