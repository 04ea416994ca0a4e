import { useMemo } from 'react';
import type { Season } from '../../../../shared/domain/types';
import { HAND_ENTRY_SOURCE } from '../../../../shared/results';
import { findRace } from '../../../../shared/seasons/lookup';
import type { CommitReport } from '../../db/imports';
import type { LeagueData } from '../../hooks/useLeagueData';
import { entryName } from '../../lib/season-lookup';
import { importMoves } from './standings-diff';

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

/** What the import changed: races written, and who gained or lost in the active league. */
export function ImportDone({
  season,
  report,
  fileName,
  league,
  onAnother,
}: {
  season: Season;
  report: CommitReport;
  fileName: string;
  league: LeagueData | null | undefined;
  onAnother: () => void;
}) {
  const sameSeason = league && league.season.id === season.id ? league : null;
  const moves = useMemo(
    () => (sameSeason ? importMoves(sameSeason, report.races) : []),
    [sameSeason, report],
  );
  const replaced = report.races.filter((r) => r.before !== null).length;
  return (
    <section className="panel rs-done" aria-labelledby="rs-done-title">
      <div className="notice ok" role="status">
        <h2 id="rs-done-title">
          {fileName === HAND_ENTRY_SOURCE ? 'Stored the result entered by hand' : <>Imported “{fileName}”</>}
        </h2>
        <ul className="rs-done-list">
          {report.races.map(({ raceId, after, before }) => {
            const race = findRace(season, raceId);
            const round = season.rounds.find((r) => r.id === race?.roundId);
            const podium = [...after.classification]
              .sort((a, b) => a.position - b.position)
              .slice(0, 3)
              .map((row) => `${entryName(season, row.driverId)}${row.points ? ` (${row.points} pts)` : ''}`);
            return (
              <li key={raceId}>
                <strong>
                  {round?.name} — {race?.name ?? raceId}
                </strong>
                : {after.classification.length} rows{before ? ', replaced the previous result' : ''}. Podium:{' '}
                {podium.join(', ')}.
              </li>
            );
          })}
        </ul>
        {report.addedDrivers.length > 0 && (
          <p>Added to the entry list: {report.addedDrivers.map((id) => entryName(season, id)).join(', ')}.</p>
        )}
      </div>
      {sameSeason ? (
        <section aria-labelledby="rs-diff-title">
          <h3 id="rs-diff-title">Standings change in {sameSeason.league.name}</h3>
          {moves.length === 0 ? (
            <p className="muted">
              Nobody’s rank or points changed{replaced > 0 ? ' with the corrected result' : ''}.
            </p>
          ) : (
            <div className="table-wrap">
              <table className="rs-diff">
                <thead>
                  <tr>
                    <th>Member</th>
                    <th className="num">Rank</th>
                    <th className="num">Points</th>
                    <th className="num">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {moves.map((m) => (
                    <tr key={m.memberId}>
                      <td>{m.name}</td>
                      <td className="num">
                        {m.rankBefore ?? '—'} → {m.rankAfter ?? '—'}
                        {m.rankChange !== 0 && (
                          <span className={`badge ${m.rankChange > 0 ? 'ok' : 'error'}`}>
                            {m.rankChange > 0 ? `▲ ${m.rankChange}` : `▼ ${-m.rankChange}`}
                          </span>
                        )}
                      </td>
                      <td className="num">
                        {m.pointsBefore} → {m.pointsAfter}
                      </td>
                      <td
                        className={`num ${m.pointsChange > 0 ? 'rs-gain' : m.pointsChange < 0 ? 'rs-loss' : ''}`}
                      >
                        {m.pointsChange > 0 ? 'gained ' : m.pointsChange < 0 ? 'lost ' : ''}
                        {signed(m.pointsChange)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : (
        <p className="muted">No league on {season.name} is active, so no standings changed.</p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={onAnother}>
          Import another file
        </button>
        <span className="faint">or drop one anywhere on this screen</span>
      </div>
    </section>
  );
}
