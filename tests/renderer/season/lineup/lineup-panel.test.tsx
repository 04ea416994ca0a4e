import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../renderer/src/db';
import { readSeason, writeSeason } from '../../../../renderer/src/db/seasons';
import { SeasonScreen } from '../../../../renderer/src/screens/season/SeasonScreen';
import { newSeason } from '../../../../renderer/src/screens/season/season-draft';
import { renderScreen, resetAppDb } from '../../screen-harness';

function renderSeason(path: string) {
  return renderScreen('/season', <SeasonScreen />, path);
}

beforeEach(async () => {
  await resetAppDb();
  // A season with an empty entry list; the tests open the panel on it by the link's season id.
  await writeSeason(db, newSeason(2027), false);
});

afterEach(cleanup);

describe('Paste the line-up', { timeout: 20_000 }, () => {
  it('opens from the URL with the text box focused, previews each line, and saves the entry list', async () => {
    renderSeason('/season?lineup=nations&season=gtws-2027');
    const box = await screen.findByLabelText('Line-up text');
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.change(box, {
      target: {
        value: [
          'Spain – Jose Serrano (Serrano_2027)',
          '2. Kaj de Bruin (NL)',
          'Takuma Miyazono',
          'J. Serrano',
          'Rin Yamada',
        ].join('\n'),
      },
    });
    const preview = await screen.findByRole('table', { name: 'Line-up preview' }, { timeout: 5000 });
    await waitFor(() => expect(within(preview).getAllByRole('row')).toHaveLength(6));
    expect(within(preview).getByText(/new PSN ID Serrano_2027 kept/)).toBeTruthy();

    // Saving now names what is missing, and stores nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Save as the entry list' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Line 4: choose who this is');
    expect(alert.textContent).toContain('Line 5: give the new driver’s country');
    expect((await readSeason(db, 'gtws-2027'))!.entryLists.nations).toEqual([]);

    fireEvent.change(screen.getByLabelText('Who is on line 4'), { target: { value: '__skip' } });
    fireEvent.change(screen.getByLabelText('Country of the new driver on line 5'), {
      target: { value: 'Japan' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save as the entry list' }));
    await waitFor(async () =>
      expect((await readSeason(db, 'gtws-2027'))!.entryLists.nations).toEqual([
        'jose-serrano',
        'kaj-de-bruin',
        'takuma-miyazono',
        'rin-yamada',
      ]),
    );
    const stored = (await readSeason(db, 'gtws-2027'))!;
    expect(stored.drivers.find((d) => d.id === 'rin-yamada')).toMatchObject({ country: 'JP' });
    expect(stored.drivers.find((d) => d.id === 'jose-serrano')!.psnIds[0]).toBe('Serrano_2027');

    // Undo puts the season back as it was.
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await readSeason(db, 'gtws-2027'))!.drivers).toEqual([]));
  });

  it('copies the entry list of another season into the season the link names', async () => {
    renderSeason('/season?lineup=nations&season=gtws-2024');
    expect(
      ((await screen.findByLabelText('Season', { selector: '#season-select' })) as HTMLSelectElement).value,
    ).toBe('gtws-2024');
    fireEvent.change(await screen.findByLabelText('Copy the entry list from another season'), {
      target: { value: 'gtws-2025' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy entry list' }));
    await waitFor(async () =>
      expect((await readSeason(db, 'gtws-2024'))!.entryLists.nations).toContain('pol-urra'),
    );
    // Replacing the 2024 list drops its drivers who were not in 2025 (no pick or result names them).
    expect((await readSeason(db, 'gtws-2024'))!.entryLists.nations).not.toContain('coque-lopez');
  });

  it('copies the entry list of another season', async () => {
    renderSeason('/season?lineup=nations&season=gtws-2027');
    const source = await screen.findByLabelText('Copy the entry list from another season');
    fireEvent.change(source, { target: { value: 'gtws-2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy entry list' }));
    await waitFor(async () =>
      expect((await readSeason(db, 'gtws-2027'))!.entryLists.nations).toEqual(
        (await readSeason(db, 'gtws-2025'))!.entryLists.nations,
      ),
    );
  });
});
