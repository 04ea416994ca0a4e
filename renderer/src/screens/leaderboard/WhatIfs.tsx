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
import { HeadRow, useMemberColumns } from './HeadRow';
import { useLeaderboardWords } from './words';
import { usePresetName } from '../league/usePresetName';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { activeLanguage } from '../../i18n/setup';

/** "Ana", "Ana and Ben", "Ana, Ben and Carla" in the active language. */
function joinNames(names: string[]): string {
  return new Intl.ListFormat(activeLanguage(), { type: 'conjunction' }).format(names);
}

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
  const { t } = useTranslation('leaderboard');
  const { standings } = ls;
  const columns = useMemberColumns();
  const contenders = standings.rows.filter((row) => row.canWin);
  const out = standings.rows.length - contenders.length;
  const done = standings.remainingRaceIds.length === 0;
  return (
    <section className="panel" aria-labelledby="lb-still-title">
      <h2 id="lb-still-title">{t('leaderboard:still.title')}</h2>
      {done ? (
        <p>
          {t('leaderboard:still.complete')}{' '}
          {contenders.length > 0 && (
            <strong>
              {t('leaderboard:still.won', {
                count: contenders.length,
                names: joinNames(contenders.map((row) => row.name)),
              })}
            </strong>
          )}
        </p>
      ) : (
        <>
          <p className="muted">
            {[
              standings.rules.joker
                ? t('leaderboard:still.toGoJoker', {
                    count: standings.remainingRaceIds.length,
                    max: standings.maxRaceScore,
                  })
                : t('leaderboard:still.toGo', {
                    count: standings.remainingRaceIds.length,
                    max: standings.maxRaceScore,
                  }),
              out > 0
                ? t('leaderboard:still.canWinSomeOut', {
                    count: contenders.length,
                    total: standings.rows.length,
                    out,
                  })
                : t('leaderboard:still.canWin', { count: contenders.length, total: standings.rows.length }),
            ].join(' ')}
          </p>
          <VirtualTable
            label={t('leaderboard:still.label')}
            rowCount={contenders.length}
            head={
              <HeadRow
                cells={[
                  columns.member,
                  columns.points,
                  { key: 'available', label: t('leaderboard:still.available'), num: true },
                  { key: 'best', label: t('leaderboard:still.best'), num: true },
                ]}
              />
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
  const { t } = useTranslation(['leaderboard', 'league']);
  const presetName = usePresetName();
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
        <h2 id="lb-preset-title">{t('leaderboard:preset.title')}</h2>
        <div className="row">
          <label htmlFor={selectId}>{t('leaderboard:preset.label')}</label>
          <select
            id={selectId}
            value={preset}
            onChange={(event) => setPreset(event.target.value as PresetId)}
          >
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {id === current
                  ? t('leaderboard:preset.current', { preset: presetName(id) })
                  : presetName(id)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">
        {standings.rules.overrides
          ? t('leaderboard:preset.explainOverrides', {
              preset: presetName(preset),
              current: presetName(current),
            })
          : t('leaderboard:preset.explain', { preset: presetName(preset), current: presetName(current) })}
      </p>
      <MovesTable label={t('leaderboard:preset.tableLabel', { preset: presetName(preset) })} moves={moves} />
    </section>
  );
}

function CorrectionDiff({ ls }: { ls: LeagueStandings }) {
  const { t } = useTranslation('leaderboard');
  const correction = useLatestCorrection(ls);
  return (
    <section className="panel" aria-labelledby="lb-correction-title">
      <h2 id="lb-correction-title">{t('leaderboard:correction.title')}</h2>
      {!correction ? (
        <p className="muted">{t('leaderboard:correction.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('leaderboard:correction.replaced', {
              race: correction.raceName,
              file: correction.fileName,
              date: formatDateTime(correction.importedAt),
            })}
          </p>
          {correction.moves.length === 0 ? (
            <p>{t('leaderboard:correction.noChange')}</p>
          ) : (
            <MovesTable label={t('leaderboard:correction.label')} moves={correction.moves} />
          )}
        </>
      )}
    </section>
  );
}

function MovesTable({ label, moves }: { label: string; moves: StandingsMove[] }) {
  const { t } = useTranslation('leaderboard');
  const { movementLabel } = useLeaderboardWords();
  const columns = useMemberColumns();
  return (
    <VirtualTable
      label={label}
      rowCount={moves.length}
      head={
        <HeadRow
          cells={[
            columns.rank,
            columns.member,
            columns.points,
            { key: 'before', label: t('leaderboard:moves.before'), num: true },
            { key: 'change', label: t('leaderboard:moves.change') },
          ]}
        />
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
                  {t('leaderboard:pts', {
                    count: Math.abs(delta),
                    points: `${delta > 0 ? '+' : ''}${formatPoints(delta)}`,
                  })}
                </span>
              )}
            </td>
          </tr>
        );
      }}
    />
  );
}
