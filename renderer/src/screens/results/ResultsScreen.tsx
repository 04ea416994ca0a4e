import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RaceResult, Season } from '../../../../shared/domain/types';
import { clock, nowIso } from '../../app/clock';
import { useMenuCommand } from '../../app/menu-events';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { readImportHistory, undoLastImport } from '../../db/imports';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useLeagueData } from '../../hooks/useLeagueData';
import { useResultsSeason } from '../../hooks/useSeason';
import { ImportDone } from './ImportDone';
import { ImportHistory } from './ImportHistory';
import { ImportSources } from './ImportSources';
import { PreviewPanel } from './PreviewPanel';
import { EnterResult } from './EnterResult';
import { defaultRoundId } from './preview-model';
import { ReadingIndicator } from './ReadingIndicator';
import { StoredResults } from './StoredResults';
import { useFileDrop } from './useFileDrop';
import { useImportFlow } from './useImportFlow';
import { HAND_ENTRY_SOURCE } from '../../../../shared/results';
import { leagueCups } from '../../../../shared/scoring/rules';
import { useKnownSeasons } from './useKnownSeasons';
import './results.css';

export function ResultsScreen() {
  // 'files' with the screen: a JSON file's problems are worded from it, and the list must not suspend later.
  const { t } = useTranslation(['results', 'files']);
  const season = useResultsSeason();
  // Files are detected among every known season: nothing is read before they are loaded.
  const known = useKnownSeasons();
  return (
    <div className="page">
      <PageHeader
        eyebrow={season?.name}
        title={t('results:screen.title')}
        description={t('results:screen.description')}
      />
      {season
        ? known && <ResultsWorkspace season={season} known={known} />
        : season === null && (
            <EmptyState title={t('results:screen.noSeason')}>{t('results:screen.noSeasonHelp')}</EmptyState>
          )}
    </div>
  );
}

function ResultsWorkspace({ season, known }: { season: Season; known: Season[] }) {
  const { t } = useTranslation('results');
  const notify = useToast();
  const { league } = useActiveLeague();
  const leagueData = useLeagueData(league?.id);
  const raceIds = useMemo(() => season.rounds.flatMap((r) => r.races.map((race) => race.id)), [season]);
  const seasons = useMemo(
    () => (known.some((s) => s.id === season.id) ? known : [...known, season]),
    [known, season],
  );
  // Every stored result, not only this season's: a file may be detected as another season's.
  const allResults = useLiveQuery(
    async () => new Map((await db.results.toArray()).map((r) => [r.raceId, r] as const)),
    [],
  );
  const results = useMemo(() => {
    if (!allResults) return undefined;
    const mine = raceIds.map((id) => allResults.get(id)).filter((r): r is RaceResult => r !== undefined);
    return new Map(mine.map((r) => [r.raceId, r]));
  }, [allResults, raceIds]);
  const history = useLiveQuery(async () => {
    const ids = new Set(raceIds);
    return (await readImportHistory(db)).filter((record) => ids.has(record.raceId));
  }, [raceIds]);
  const fallbackRoundId = useMemo(
    () => defaultRoundId(season, new Set(results?.keys() ?? []), clock.now()),
    [season, results],
  );
  const roundFor = useCallback(
    (target: Season) =>
      target.id === season.id
        ? fallbackRoundId
        : defaultRoundId(target, new Set(allResults?.keys() ?? []), clock.now()),
    [season.id, fallbackRoundId, allResults],
  );
  const flow = useImportFlow(db, seasons, season, roundFor);
  const seasonOf = (id: string) => seasons.find((s) => s.id === id) ?? season;
  const { dragging, handlers } = useFileDrop((file) => void flow.loadDropped(file));
  const [undoing, setUndoing] = useState(false);
  const [entering, setEntering] = useState(false);
  const { chooseFile } = flow;

  useMenuCommand('import-results', () => void chooseFile());

  async function undo() {
    setUndoing(true);
    try {
      const undone = await undoLastImport(db, nowIso());
      if (undone.length > 0)
        notify(t('results:screen.undone', { fileName: undone[0]!.fileName, count: undone.length }));
    } catch (cause) {
      notify(t('results:screen.undoFailed', { reason: (cause as Error).message }), 'error');
    } finally {
      setUndoing(false);
    }
  }

  const { phase } = flow;
  return (
    <div className="rs-workspace" {...handlers}>
      {dragging && (
        <div className="rs-drop-overlay" aria-hidden="true">
          <div>{t('results:screen.dropOverlay')}</div>
        </div>
      )}
      {flow.refusal && (
        <div className="notice error" role="alert">
          {flow.refusal}
        </div>
      )}
      {phase.kind === 'idle' && !entering && (
        <ImportSources
          dragging={dragging}
          onChoose={() => void flow.chooseFile()}
          onPaste={(text) => void flow.loadText(t('results:screen.pastedText'), text)}
          onEnter={() => setEntering(true)}
        />
      )}
      {phase.kind === 'idle' && entering && results && (
        <EnterResult
          season={season}
          results={results}
          now={clock.now()}
          cups={league?.seasonId === season.id ? leagueCups(league.rules) : undefined}
          onPreview={(text) => {
            setEntering(false);
            void flow.loadText(HAND_ENTRY_SOURCE, text, season.id, 'hand');
          }}
          onCancel={() => setEntering(false)}
        />
      )}
      {phase.kind === 'reading' && <ReadingIndicator fileName={phase.fileName} size={phase.size} />}
      {phase.kind === 'preview' && (
        <PreviewPanel
          season={seasonOf(phase.preview.seasonId)}
          seasons={seasons}
          activeSeasonId={season.id}
          stored={allResults ?? new Map<string, RaceResult>()}
          onSeason={(id) => void flow.changeSeason(id)}
          preview={phase.preview}
          committing={phase.committing}
          commitError={phase.commitError}
          onChange={flow.update}
          onConfirm={(plan) => void flow.confirm(plan)}
          onCancel={flow.reset}
        />
      )}
      {phase.kind === 'done' && (
        <ImportDone
          season={seasonOf(phase.seasonId)}
          report={phase.report}
          fileName={phase.fileName}
          league={leagueData}
          onAnother={flow.reset}
        />
      )}
      {results && <StoredResults season={season} results={results} />}
      {history && history.length > 0 && (
        <ImportHistory season={season} history={history} busy={undoing} onUndo={() => void undo()} />
      )}
    </div>
  );
}
