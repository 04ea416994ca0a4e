import { useId, useMemo, useState } from 'react';
import {
  diffStandings,
  PRESET_IDS,
  standingsUnderPreset,
  type PresetId,
  type StandingsMove,
} from '../../../../shared/scoring';
import type { LeagueStandings } from '../../hooks/useStandings';
import { useLatestCorrection } from './useLatestCorrection';
import { formatPoints, movementText } from './model';
import { VirtualTable } from './VirtualTable';
import { useLeaderboardWords } from './words';
import { formatDateTime } from '../../lib/format';

const PRESET_NAMES: Record<PresetId, string> = {
  classic: 'Classic',
  proximity: 'Proximity',
  distance: 'Distance',
};

/** "Who can still win", the table under another preset, and the effect of the last corrected result. */
export function WhatIfs({ ls }: { ls: LeagueStandings }) {
  return (
    <div className="lb-whatifs">
      <StillToWin ls={ls} />
      <PresetSwitch ls={ls} />
      <CorrectionDiff ls={ls} />
    </div>
  );
}

function StillToWin({ ls }: { ls: LeagueStandings }) {
  const { standings } = ls;
  const contenders = standings.rows.filter((row) => row.canWin);
  const out = standings.rows.length - contenders.length;
  const done = standings.remainingRaceIds.length === 0;
  return (
    <section className="panel" aria-labelledby="lb-still-title">
      <h2 id="lb-still-title">Who can still win</h2>
      {done ? (
        <p>
          The season is complete.{' '}
          {contenders.length > 0 && (
            <strong>{contenders.map((row) => row.name).join(' and ')} won the league.</strong>
          )}
        </p>
      ) : (
        <>
          <p className="muted">
            {standings.remainingRaceIds.length} race{standings.remainingRaceIds.length === 1 ? '' : 's'} to
            go, up to {standings.maxRaceScore} points each
            {standings.rules.joker ? ' (a joker doubles a round)' : ''}. {contenders.length} of{' '}
            {standings.rows.length} can still finish first
            {out > 0 ? `; ${out} can no longer catch the leader` : ''}.
          </p>
          <VirtualTable
            label="Members who can still win"
            rowCount={contenders.length}
            head={
              <tr aria-rowindex={1}>
                <th scope="col">Member</th>
                <th scope="col" className="num">
                  Points
                </th>
                <th scope="col" className="num">
                  Still available
                </th>
                <th scope="col" className="num">
                  Best possible total
                </th>
              </tr>
            }
            renderRow={(index, rowProps) => {
              const row = contenders[index]!;
              return (
                <tr {...rowProps}>
                  <th scope="row">{row.name}</th>
                  <td className="num">{formatPoints(row.points)}</td>
                  <td className="num">{formatPoints(row.maxRemaining)}</td>
                  <td className="num">{formatPoints(row.maxPossible)}</td>
                </tr>
              );
            }}
          />
        </>
      )}
    </section>
  );
}

function PresetSwitch({ ls }: { ls: LeagueStandings }) {
  const { compiled, data, standings } = ls;
  const current = standings.rules.preset;
  const selectId = useId();
  const [preset, setPreset] = useState<PresetId>(() => PRESET_IDS.find((p) => p !== current) ?? current);
  const moves = useMemo(
    () => diffStandings(standings, standingsUnderPreset(compiled, data.results, standings.rules, preset)),
    [compiled, data.results, standings, preset],
  );
  return (
    <section className="panel" aria-labelledby="lb-preset-title">
      <div className="panel-header">
        <h2 id="lb-preset-title">Under another preset</h2>
        <div className="row">
          <label htmlFor={selectId}>Preset</label>
          <select
            id={selectId}
            value={preset}
            onChange={(event) => setPreset(event.target.value as PresetId)}
          >
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {PRESET_NAMES[id]}
                {id === current ? ' (league’s preset)' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">
        The same picks and results ranked under {PRESET_NAMES[preset]} instead of {PRESET_NAMES[current]}
        {standings.rules.overrides ? ' (the league’s number overrides left out)' : ''}.
      </p>
      <MovesTable label={`Standings under ${PRESET_NAMES[preset]}`} moves={moves} />
    </section>
  );
}

function CorrectionDiff({ ls }: { ls: LeagueStandings }) {
  const correction = useLatestCorrection(ls);
  return (
    <section className="panel" aria-labelledby="lb-correction-title">
      <h2 id="lb-correction-title">After the last corrected result</h2>
      {!correction ? (
        <p className="muted">
          No result of this season has been re-imported. When a corrected result replaces one, this shows who
          gained and who lost.
        </p>
      ) : (
        <>
          <p className="muted">
            {correction.raceName}: {correction.fileName} replaced the earlier result on{' '}
            {formatDateTime(correction.importedAt)}.
          </p>
          {correction.moves.length === 0 ? (
            <p>Nobody’s points or rank changed.</p>
          ) : (
            <MovesTable label="Standings change after the correction" moves={correction.moves} />
          )}
        </>
      )}
    </section>
  );
}

function MovesTable({ label, moves }: { label: string; moves: StandingsMove[] }) {
  const { movementLabel } = useLeaderboardWords();
  return (
    <VirtualTable
      label={label}
      rowCount={moves.length}
      head={
        <tr aria-rowindex={1}>
          <th scope="col" className="num">
            Rank
          </th>
          <th scope="col">Member</th>
          <th scope="col" className="num">
            Points
          </th>
          <th scope="col" className="num">
            Before
          </th>
          <th scope="col">Change</th>
        </tr>
      }
      renderRow={(index, rowProps) => {
        const move = moves[index]!;
        const arrow = movementText(move.rankChange);
        const delta = move.pointsChange;
        return (
          <tr {...rowProps}>
            <td className="num">{move.rankAfter ?? '–'}</td>
            <th scope="row">{move.name}</th>
            <td className="num">{formatPoints(move.pointsAfter)}</td>
            <td className="num faint">
              {move.rankBefore === null ? '–' : `#${move.rankBefore} · ${formatPoints(move.pointsBefore)}`}
            </td>
            <td className={`lb-move ${arrow.kind}`}>
              <span aria-hidden="true">{arrow.text}</span>
              <span className="sr-only">{movementLabel(move.rankChange)}</span>
              {delta !== 0 && (
                <span className="lb-delta">
                  {' '}
                  {delta > 0 ? '+' : ''}
                  {formatPoints(delta)} pts
                </span>
              )}
            </td>
          </tr>
        );
      }}
    />
  );
}
