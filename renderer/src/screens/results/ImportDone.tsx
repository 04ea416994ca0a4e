import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { Season } from '../../../../shared/domain/types';
import { HAND_ENTRY_SOURCE } from '../../../../shared/results';
import { findRace } from '../../../../shared/seasons/lookup';
import type { CommitReport } from '../../db/imports';
import type { LeagueData } from '../../hooks/useLeagueData';
import { entryName } from '../../lib/season-lookup';
import { importMoves } from './standings-diff';
import { DataTable } from '../../components/TableFrame';

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
  const { t } = useTranslation('results');
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
          {fileName === HAND_ENTRY_SOURCE
            ? t('results:done.titleByHand')
            : t('results:done.title', { fileName })}
        </h2>
        <ul className="rs-done-list">
          {report.races.map(({ raceId, after, before }) => {
            const race = findRace(season, raceId);
            const round = season.rounds.find((r) => r.id === race?.roundId);
            const podium = [...after.classification]
              .sort((a, b) => a.position - b.position)
              .slice(0, 3)
              .map((row) =>
                row.points
                  ? `${entryName(season, row.driverId)} (${t('results:stored.points', { count: row.points })})`
                  : entryName(season, row.driverId),
              );
            return (
              <li key={raceId}>
                <strong>
                  {t('results:table.raceOption', { round: round?.name ?? '', race: race?.name ?? raceId })}
                </strong>
                {before
                  ? t('results:done.raceReplaced', {
                      rows: t('results:preview.rows', { count: after.classification.length }),
                      podium: podium.join(', '),
                    })
                  : t('results:done.race', {
                      rows: t('results:preview.rows', { count: after.classification.length }),
                      podium: podium.join(', '),
                    })}
              </li>
            );
          })}
        </ul>
        {report.addedDrivers.length > 0 && (
          <p>
            {t('results:done.added', {
              drivers: report.addedDrivers.map((id) => entryName(season, id)).join(', '),
            })}
          </p>
        )}
      </div>
      {sameSeason ? (
        <section aria-labelledby="rs-diff-title">
          <h3 id="rs-diff-title">{t('results:done.standingsTitle', { league: sameSeason.league.name })}</h3>
          {moves.length === 0 ? (
            <p className="muted">
              {replaced > 0 ? t('results:done.noChangeCorrected') : t('results:done.noChange')}
            </p>
          ) : (
            <DataTable
              className="rs-diff"
              head={
                <>
                  <th>{t('results:done.col.member')}</th>
                  <th className="num">{t('results:done.col.rank')}</th>
                  <th className="num">{t('results:done.col.points')}</th>
                  <th className="num">{t('results:done.col.change')}</th>
                </>
              }
            >
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
                    {m.pointsChange > 0
                      ? t('results:done.gained', { points: signed(m.pointsChange) })
                      : m.pointsChange < 0
                        ? t('results:done.lost', { points: signed(m.pointsChange) })
                        : signed(m.pointsChange)}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ) : (
        <p className="muted">{t('results:done.noLeague', { season: season.name })}</p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={onAnother}>
          {t('results:done.another')}
        </button>
        <span className="faint">{t('results:done.orDrop')}</span>
      </div>
    </section>
  );
}
