/**
 * The picker on a Manufacturers Cup race: it offers the race's teams, each
 * with its drivers, found by team name, driver name (any spelling the one
 * name folding equates) or PSN ID; a choice commits team ids.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { PodiumPicker } from '../../../renderer/src/components/PodiumPicker';
import { areTeams, entryMeta, searchEntries } from '../../../renderer/src/components/entry-search';
import { cupEntries } from '../../../renderer/src/lib/season-lookup';
import { i18n } from '../../../renderer/src/i18n/setup';
import { seasonWithTeams } from './team-season';

const season = seasonWithTeams();
const teams = cupEntries(season, 'manufacturers');
const ids = (query: string) => searchEntries(teams, query).map((team) => team.id);

afterEach(cleanup);
beforeAll(() => i18n.loadNamespaces('picker'));

describe('Manufacturers Cup entries', () => {
  it('are the entry list teams, each with its drivers, and never the Nations Cup drivers', () => {
    expect(teams.map((team) => [team.id, entryMeta(team)])).toEqual([
      ['porsche', 'Jose Serrano, Angel Inostroza'],
      ['subaru', 'Takuma Miyazono, Kylian Drumont'],
      ['mazda', 'Pol Urra, Samuel Cardinal'],
      ['bmw', 'Thomas Labouteley'],
    ]);
    expect(areTeams(teams)).toBe(true);
    const drivers = cupEntries(season, 'nations');
    expect(areTeams(drivers)).toBe(false);
    expect(drivers.some((d) => d.id === 'porsche')).toBe(false);
    // A team off the entry list is not offered.
    const fewer = { ...season, entryLists: { ...season.entryLists, manufacturers: ['bmw', 'mazda'] } };
    expect(cupEntries(fewer, 'manufacturers').map((team) => team.id)).toEqual(['bmw', 'mazda']);
  });

  it("show the drivers of the race's round when the sources state its line-up", () => {
    const porsche = season.teams.find((team) => team.id === 'porsche')!;
    const withLineUp = {
      ...season,
      teams: [
        { ...porsche, lineUps: [{ roundId: 'gtws-2025-r1', driverIds: ['angel-inostroza'] }] },
        ...season.teams.filter((team) => team !== porsche),
      ],
    };
    const inRound1 = cupEntries(withLineUp, 'manufacturers', 'gtws-2025-r1');
    expect(entryMeta(inRound1.find((team) => team.id === 'porsche')!)).toBe('Angel Inostroza');
    // Only the race's drivers find the team: Jose Serrano did not drive for Porsche there.
    expect(searchEntries(inRound1, 'serrano')).toEqual([]);
    // A round without a stated line-up shows every driver of the team.
    const inRound2 = cupEntries(withLineUp, 'manufacturers', 'gtws-2025-r2');
    expect(entryMeta(inRound2.find((team) => team.id === 'porsche')!)).toBe('Jose Serrano, Angel Inostroza');
  });

  it('are found by team name, driver name or PSN ID, folded like every name', () => {
    expect(ids('porsche')).toEqual(['porsche']);
    expect(ids('BMW')).toEqual(['bmw']);
    expect(ids('urra')).toEqual(['mazda']);
    // "José Serrano" is an alias of Jose Serrano; accents and case do not matter.
    expect(ids('JOSÉ')).toEqual(['porsche']);
    expect(ids('inostroza')).toEqual(['porsche']);
    expect(ids('Kerokkuma_ej20')).toEqual(['subaru']);
    expect(ids('tdg_josete')).toEqual(['porsche']);
    expect(ids('schumacher')).toEqual([]);
  });

  it('rank a team whose name starts with the query before a team matched by a driver', () => {
    // "ma": Mazda by its name, then Subaru (Takuma Miyazono) and BMW (Thomas Labouteley) by a driver.
    expect(ids('ma')).toEqual(['mazda', 'subaru', 'bmw']);
  });
});

function slot(n: 1 | 2 | 3) {
  return screen.getByRole('combobox', { name: `P${n} pick for Grand Final · Manufacturers Cup` });
}

describe('PodiumPicker with teams', { timeout: 20_000 }, () => {
  it('shows each team with its drivers and commits three team ids', () => {
    const onCommit = vi.fn();
    render(
      <PodiumPicker
        label="Grand Final · Manufacturers Cup"
        entries={teams}
        value={null}
        onCommit={onCommit}
      />,
    );
    expect(slot(1).getAttribute('placeholder')).toBe('P1: search team, driver, PSN ID');
    fireEvent.change(slot(1), { target: { value: 'kerokkuma' } });
    const list = screen.getByRole('listbox', {
      name: 'Teams for P1 pick for Grand Final · Manufacturers Cup',
    });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['SubaruTakuma Miyazono, Kylian Drumont']);
    fireEvent.keyDown(slot(1), { key: 'Enter' });
    fireEvent.change(slot(2), { target: { value: 'serrano' } });
    fireEvent.keyDown(slot(2), { key: 'Enter' });
    fireEvent.change(slot(3), { target: { value: 'Mitsubishi' } });
    expect(screen.getByText('No team matches “Mitsubishi”.')).toBeTruthy();
    fireEvent.change(slot(3), { target: { value: 'mazda' } });
    fireEvent.keyDown(slot(3), { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith(['subaru', 'porsche', 'mazda'], null);
    expect((slot(2) as HTMLInputElement).value).toBe('Porsche');
  });
});
