import { explainRace, type RaceExplanation } from '../../../../shared/scoring';
import type { Race } from '../../../../shared/domain/types';
import type { LeagueStandings } from '../../hooks/useStandings';
import { formatPoints, picksRevealed } from './model';

interface MemberBreakdownProps {
  ls: LeagueStandings;
  memberId: string;
  activeMemberId: string | null;
  now: number;
  onClose: () => void;
}

/** Every pick of one member, race by race, with the engine's explanation of each score. */
export function MemberBreakdown({ ls, memberId, activeMemberId, now, onClose }: MemberBreakdownProps) {
  const { compiled, standings, data, rounds, entryName } = ls;
  const row = standings.rows.find((r) => r.memberId === memberId);
  const m = compiled.memberIndex.get(memberId);
  if (!row || m === undefined) return null;
  const graded = new Set(standings.gradedRaceIds);
  const own = memberId === activeMemberId;

  return (
    <section id="lb-breakdown" className="panel lb-breakdown" aria-labelledby="lb-breakdown-title">
      <div className="panel-header">
        <div>
          <h2 id="lb-breakdown-title">{row.name}’s picks</h2>
          <span className="muted">
            Rank {row.rank} · {formatPoints(row.points)} pts · {row.exact} exact
          </span>
        </div>
        <button type="button" className="small" onClick={onClose} aria-label={`Close ${row.name}’s picks`}>
          Close
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
              {joker && <span className="badge accent">Joker ×2</span>}
              {dropped && <span className="badge">Dropped</span>}
              {row.byRound[round.id] !== undefined && (
                <span className="lb-bd-total">{formatPoints(row.byRound[round.id]!)} pts</span>
              )}
            </h3>
            {round.races.map((r) => {
              const race = compiled.races[r]!;
              const pick = compiled.pickAt[m * compiled.raceCount + r];
              const hasResult = graded.has(race.id);
              const visible =
                own || picksRevealed(race, { replay: data.league.replay === true, hasResult, now });
              return (
                <div key={race.id} className="lb-bd-race">
                  <div className="lb-bd-race-name">{race.name}</div>
                  {hasResult ? (
                    <Explanation
                      explanation={explainRace(
                        compiled,
                        data.results,
                        standings.rules,
                        memberId,
                        race.id,
                        entryName,
                      )}
                    />
                  ) : !visible ? (
                    <p className="faint">
                      {data.league.replay
                        ? 'Hidden until the race has a result.'
                        : 'Hidden until the race starts.'}
                    </p>
                  ) : pick ? (
                    <p className="muted">
                      {pick.podium.map((id, i) => `P${i + 1} ${entryName(id)}`).join(' · ')} — awaiting result
                    </p>
                  ) : (
                    <p className="faint">{noPickText(race, now)}</p>
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

function noPickText(race: Race, now: number): string {
  return now >= Date.parse(race.startsAt) ? 'No pick.' : 'No pick yet.';
}

function Explanation({ explanation }: { explanation: RaceExplanation }) {
  if (explanation.kind === 'noResult') return <p className="faint">No result yet.</p>;
  if (explanation.kind === 'missed')
    return (
      <ul className="lb-bd-lines">
        <li>{explanation.reason}</li>
        <li className="lb-bd-sum">Total: {formatPoints(explanation.points)}</li>
      </ul>
    );
  const { breakdown } = explanation;
  return (
    <ul className="lb-bd-lines">
      {breakdown.slots.map((slot) => (
        <li key={slot.slot} className={slot.points > 0 ? 'hit' : undefined}>
          {slot.reason}
        </li>
      ))}
      {breakdown.bonuses.map((bonus) => (
        <li key={bonus.kind} className="hit">
          {bonus.reason}
        </li>
      ))}
      <li className="lb-bd-sum">Total: {formatPoints(breakdown.total)}</li>
    </ul>
  );
}
