import { useTranslation } from 'react-i18next';
import { raceTitle } from '../../components/CupBadge';
import { cupSplitText } from './words';
import { explainRace, type RaceExplanation } from '../../../../shared/scoring';
import type { LeagueStandings } from '../../hooks/useStandings';
import { formatPoints, picksRevealed } from './model';
import { isLocked } from '../../db/lock-guard';
import { useLeaderboardWords } from './words';

interface MemberBreakdownProps {
  ls: LeagueStandings;
  memberId: string;
  activeMemberId: string | null;
  now: number;
  onClose: () => void;
}

/** Every pick of one member, race by race, with the engine's explanation of each score. */
export function MemberBreakdown({ ls, memberId, activeMemberId, now, onClose }: MemberBreakdownProps) {
  const { t } = useTranslation('leaderboard');
  const { compiled, standings, data, rounds, entryName } = ls;
  const row = standings.rows.find((r) => r.memberId === memberId);
  const m = compiled.memberIndex.get(memberId);
  if (!row || m === undefined) return null;
  const graded = new Set(standings.gradedRaceIds);
  const own = memberId === activeMemberId;
  const hiddenByPin = (raceId: string) =>
    data.hiddenPicks.some((h) => h.memberId === memberId && h.raceId === raceId);
  // The missed-race rule "lowest" needs someone's counted pick on the race.
  const somebodyPicked = (r: number) =>
    Array.from({ length: compiled.memberCount }, (_, i) => compiled.pickAt[i * compiled.raceCount + r]).some(
      Boolean,
    );

  return (
    <section id="lb-breakdown" className="panel lb-breakdown" aria-labelledby="lb-breakdown-title">
      <div className="panel-header">
        <div>
          <h2 id="lb-breakdown-title">{t('leaderboard:breakdown.title', { name: row.name })}</h2>
          <span className="muted">
            {t('leaderboard:breakdown.summary', {
              rank: row.rank,
              points: formatPoints(row.points),
              count: row.exact,
            })}
          </span>
          {ls.split && (
            <span className="muted lb-bd-cups">
              {' · '}
              {cupSplitText(t, ls.split, row)}
            </span>
          )}
        </div>
        <button
          type="button"
          className="small"
          onClick={onClose}
          aria-label={t('leaderboard:breakdown.closeLabel', { name: row.name })}
        >
          {t('leaderboard:breakdown.close')}
        </button>
      </div>
      {compiled.rounds.map((round, k) => {
        const column = rounds[k]!;
        const joker = row.jokerRoundId === round.id;
        const dropped = row.droppedRoundIds.includes(round.id);
        return (
          <div key={round.id} className="lb-bd-round">
            <h3>
              {column.name}
              {joker && <span className="badge accent">{t('leaderboard:breakdown.joker')}</span>}
              {dropped && <span className="badge">{t('leaderboard:breakdown.dropped')}</span>}
              {row.byRound[round.id] !== undefined && (
                <span className="lb-bd-total">
                  {t('leaderboard:pts', {
                    count: row.byRound[round.id]!,
                    points: formatPoints(row.byRound[round.id]!),
                  })}
                </span>
              )}
            </h3>
            {round.races.map((r) => {
              const race = compiled.races[r]!;
              const pick = compiled.pickAt[m * compiled.raceCount + r];
              const hasResult = graded.has(race.id);
              // Hidden only when there is a pick to hide: a round never picked says so plainly.
              const visible =
                own || picksRevealed(race, { replay: data.league.replay === true, hasResult, now });
              return (
                <div key={race.id} className="lb-bd-race">
                  <div className="lb-bd-race-name">{raceTitle(t, race)}</div>
                  {hasResult ? (
                    <Explanation
                      lowestRule={standings.rules.missedRace === 'lowest' && somebodyPicked(r)}
                      joker={joker && standings.rules.joker}
                      explanation={explainRace(
                        compiled,
                        data.results,
                        standings.rules,
                        memberId,
                        race.id,
                        entryName,
                      )}
                    />
                  ) : (pick && !visible) || hiddenByPin(race.id) ? (
                    <p className="faint">
                      {data.league.replay
                        ? t('leaderboard:breakdown.hiddenReplay')
                        : t('leaderboard:breakdown.hidden')}
                    </p>
                  ) : pick ? (
                    <p className="muted">
                      {t('leaderboard:breakdown.awaiting', {
                        podium: pick.podium
                          .map((id, i) => t('leaderboard:slotPick', { slot: i + 1, name: entryName(id) }))
                          .join(' · '),
                      })}
                    </p>
                  ) : (
                    <p className="faint">
                      {isLocked(race.startsAt, now, data.league.replay, hasResult)
                        ? t('leaderboard:breakdown.noPick')
                        : t('leaderboard:breakdown.noPickYet')}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}

function Explanation({
  explanation,
  lowestRule,
  joker,
}: {
  explanation: RaceExplanation;
  /** The missed-race rule "lowest" applies (someone picked the race). */
  lowestRule: boolean;
  joker: boolean;
}) {
  const { t } = useTranslation('leaderboard');
  const { slotText, bonusText, missedText } = useLeaderboardWords();
  if (explanation.kind === 'noResult') return <p className="faint">{t('leaderboard:noResult')}</p>;
  if (explanation.kind === 'missed')
    return (
      <ul className="lb-bd-lines">
        <li>{missedText(explanation.points, lowestRule, joker)}</li>
        <li className="lb-bd-sum">
          {t('leaderboard:breakdown.total', { points: formatPoints(explanation.points) })}
        </li>
      </ul>
    );
  const { breakdown } = explanation;
  return (
    <ul className="lb-bd-lines">
      {breakdown.slots.map((slot) => (
        <li key={slot.slot} className={slot.points > 0 ? 'hit' : undefined}>
          {slotText(slot)}
        </li>
      ))}
      {breakdown.bonuses.map((bonus) => (
        <li key={bonus.kind} className="hit">
          {bonusText(bonus)}
        </li>
      ))}
      <li className="lb-bd-sum">
        {t('leaderboard:breakdown.total', { points: formatPoints(breakdown.total) })}
      </li>
    </ul>
  );
}
