import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RoundEditor } from '../../../renderer/src/screens/season/RoundEditor';
import { getBuiltInSeason } from '../../../shared/seasons';
import type { Round } from '../../../shared/domain/types';
import { i18n } from '../../../renderer/src/i18n/setup';

afterEach(cleanup);

// The editor's words load with their namespace; these tests render synchronously, so load it first.
beforeAll(() => i18n.loadNamespaces('season'));

const london = getBuiltInSeason('gtws-2025')!.rounds[0]!;
const start: Round = { ...london, races: [{ ...london.races[0]!, pointsTable: [], pickable: false }] };

function Harness({ seen }: { seen: Round[] }) {
  const [round, setRound] = useState(start);
  return (
    <RoundEditor
      round={round}
      timesOnly={false}
      onChange={(next) => {
        seen.push(next);
        setRound(next);
      }}
      onRemove={() => {}}
    />
  );
}

describe('round editor', () => {
  it('keeps Pickable ticked when it is clicked right after typing a points table', () => {
    const seen: Round[] = [];
    render(<Harness seen={seen} />);
    const race = start.races[0]!.name;
    const points = screen.getByRole('textbox', { name: new RegExp(`Points table of .*${race}`) });
    const pickable = screen.getByRole('checkbox', { name: new RegExp(`${race}.* is pickable`) });
    fireEvent.change(points, { target: { value: '25 18 15' } });
    // Clicking the checkbox first blurs the points field, which commits it.
    fireEvent.blur(points);
    fireEvent.click(pickable);
    expect((pickable as HTMLInputElement).checked).toBe(true);
    expect(seen.at(-1)!.races[0]).toMatchObject({ pointsTable: [25, 18, 15], pickable: true });
    // Emptying the points table makes the race unpickable: it pays nothing.
    fireEvent.change(points, { target: { value: '' } });
    fireEvent.blur(points);
    expect(seen.at(-1)!.races[0]).toMatchObject({ pointsTable: [], pickable: false });
  });
});
