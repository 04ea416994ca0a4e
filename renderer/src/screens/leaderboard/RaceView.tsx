import { useTranslation } from 'react-i18next';
import { raceTitle } from '../../components/CupBadge';
import { useId, useMemo, useState } from 'react';
import { PartialBadge } from '../../components/ChampionshipBadges';
import type { Pick, RaceResult } from '../../../../shared/domain/types';
import type { LeagueStandings } from '../../hooks/useStandings';
import { formatDateTime } from '../../lib/format';
import { formatPoints, picksRevealed } from './model';
import { VirtualTable } from './VirtualTable';

interface RaceViewProps {
  ls: LeagueStandings;
  activeMemberId: string | null;
  /** This computer's member, marked YOU (defaults to the picking member). */
  youId?: string | null;
  now: number;
}

/** The latest race with a result, else the next race to start, else the first. */
function defaultRace(ls: LeagueStandings, now: number): string | null {
  const graded = ls.standings.gradedRaceIds;
  if (graded.length) return graded[graded.length - 1]!;
  const next = ls.compiled.races.find((race) => Date.parse(race.startsAt) > now);
  return next?.id ?? ls.compiled.races[0]?.id ?? null;
}

/** Positions of the picked entries in a result (0 = not classified). */
function positionsOf(result: RaceResult | undefined): Map<string, number> {
  const positions = new Map<string, number>();
  for (const row of result?.classification ?? [])
    if (row.status !== 'dns' && !positions.has(row.driverId)) positions.set(row.driverId, row.position);
  return positions;
}

/**
 * Everyone's picks for one race side by side with the actual podium. Before
 * the lock only the active member's own pick is shown: the others stay
 * private until nobody can change theirs.
 */
export function RaceView({ ls, activeMemberId, youId = activeMemberId, now }: RaceViewProps) {
  const { t } = useTranslation('leaderboard');
  const { compiled, data, standings, entryName } = ls;
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const raceId = chosen ?? defaultRace(ls, now);
  const r = raceId ? compiled.raceIndex.get(raceId) : undefined;
  const race = r === undefined ? undefined : compiled.races[r];
  const result = data.results.find((res) => res.raceId === raceId);
  const positions = useMemo(() => positionsOf(result), [result]);
  if (!race || r === undefined) return <p className="muted">{t('leaderboard:race.none')}</p>;

  const revealed = picksRevealed(race, { replay: data.league.replay === true, hasResult: !!result, now });
  const R = compiled.raceCount;
  const rows = revealed ? standings.rows : standings.rows.filter((row) => row.memberId === activeMemberId);
  const podium = result?.classification.filter((row) => row.position <= 3 && row.status !== 'dns') ?? [];
  const ownPick = (memberId: string): Pick | undefined => {
    const m = compiled.memberIndex.get(memberId);
    if (m !== undefined && compiled.pickAt[m * R + r]) return compiled.pickAt[m * R + r];
    // Not counted yet (e.g. made after the start in a live league): show the member their own stored pick.
    return memberId === activeMemberId
      ? data.picks.find((p) => p.memberId === memberId && p.raceId === race.id)
      : undefined;
  };
  const roundName = ls.rounds.find((round) => round.id === race.roundId)?.name ?? race.roundId;

  return (
    <div className="lb-race">
      <div className="row">
        <label htmlFor={selectId}>{t('leaderboard:race.label')}</label>
        <select id={selectId} value={race.id} onChange={(event) => setChosen(event.target.value)}>
          {ls.rounds.map((round, k) => (
            <optgroup key={round.id} label={round.name}>
              {compiled.rounds[k]!.races.map((index) => {
                const option = compiled.races[index]!;
                return (
                  <option key={option.id} value={option.id}>
                    {round.label} {raceTitle(t, option)}
                  </option>
                );
              })}
            </optgroup>
          ))}
        </select>
        <span className="muted">
          {t('leaderboard:race.starts', {
            round: roundName,
            race: raceTitle(t, race),
            date: formatDateTime(race.startsAt),
          })}
        </span>
        <PartialBadge result={result} />
      </div>

      <div className="lb-actual" aria-label={t('leaderboard:race.actual')} role="group">
        <span className="stat-label">{t('leaderboard:race.actual')}</span>
        {podium.length ? (
          <ol className="lb-actual-list">
            {podium.map((row) => (
              <li key={row.driverId}>
                <span className={`pos p${row.position}`}>{row.position}</span> {entryName(row.driverId)}
              </li>
            ))}
          </ol>
        ) : (
          <span className="faint">{t('leaderboard:noResult')}</span>
        )}
      </div>

      {!revealed && (
        <p className="notice" role="note">
          {data.league.replay
            ? t('leaderboard:race.hiddenReplay')
            : t('leaderboard:race.hidden', { date: formatDateTime(race.startsAt) })}{' '}
          {t('leaderboard:race.onlyOwn')}
        </p>
      )}

      {rows.length === 0 ? (
        <p className="muted">{t('leaderboard:race.noPicks')}</p>
      ) : (
        <VirtualTable
          label={t('leaderboard:race.tableLabel', { round: roundName, race: raceTitle(t, race) })}
          rowCount={rows.length}
          head={
            <tr aria-rowindex={1}>
              <th scope="col">{t('leaderboard:col.member')}</th>
              <th scope="col">{t('leaderboard:race.slot', { slot: 1 })}</th>
              <th scope="col">{t('leaderboard:race.slot', { slot: 2 })}</th>
              <th scope="col">{t('leaderboard:race.slot', { slot: 3 })}</th>
              <th scope="col" className="num">
                {t('leaderboard:col.points')}
              </th>
            </tr>
          }
          renderRow={(index, rowProps) => {
            const row = rows[index]!;
            const pick = ownPick(row.memberId);
            const points = row.byRace[race.id];
            return (
              <tr {...rowProps}>
                <th scope="row">
                  {row.name}
                  {row.memberId === youId && <span className="badge">{t('leaderboard:you')}</span>}
                  {result && row.jokerRoundId === race.roundId && (
                    <span className="badge accent" title={t('leaderboard:jokerTitle')}>
                      {t('leaderboard:race.joker')}
                    </span>
                  )}
                </th>
                {pick ? (
                  pick.podium.map((entryId, slot) => {
                    const pos = positions.get(entryId);
                    const exact = result && pos === slot + 1;
                    const onPodium = result && !exact && pos !== undefined && pos <= 3;
                    return (
                      <td
                        key={slot}
                        className={exact ? 'lb-hit exact' : onPodium ? 'lb-hit podium' : undefined}
                      >
                        {entryName(entryId)}
                        {result && (
                          <span className="lb-finish">
                            {pos === undefined
                              ? t('leaderboard:race.notClassified')
                              : t('leaderboard:race.slot', { slot: pos })}
                          </span>
                        )}
                      </td>
                    );
                  })
                ) : (
                  <td colSpan={3} className="faint">
                    {t('leaderboard:race.noPick')}
                  </td>
                )}
                <td className="num lb-points">{points === undefined ? '–' : formatPoints(points)}</td>
              </tr>
            );
          }}
        />
      )}
    </div>
  );
}
