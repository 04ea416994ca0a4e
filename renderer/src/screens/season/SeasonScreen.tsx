import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useCurrentChampionshipId, useSeason, useSeasonList } from '../../hooks/useSeason';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { EntryList, TeamEntryList } from './EntryList';
import { SeasonEditor } from './SeasonEditor';
import { SeasonFiles } from './SeasonFiles';
import { newSeason } from './season-draft';
import { LineupPanel } from './lineup/LineupPanel';
import { SeasonSelect } from './SeasonSelect';
import { SeasonResults } from './SeasonResults';
import './season.css';

export function SeasonScreen() {
  // Every namespace the screen's parts use, loaded before it shows: a part that suspended later
  // would hide the screen for a moment and take the focus from the line-up box opened by a link.
  const { t } = useTranslation(['season', 'round', 'picker', 'common', 'files']);
  const seasons = useSeasonList();
  const { league } = useActiveLeague();
  const [chosen, setChosen] = useState<string | null>(null);
  // The editor lives in the URL (?edit=new | ?edit=<season id>) so Back closes it.
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit');
  const current = useCurrentChampionshipId();
  // ?lineup=nations[&season=<id>] opens "Paste the line-up" (Home and Round link here when an
  // entry list is pending).
  const lineupCup = params.get('lineup');
  const linkedSeason = params.get('season');
  const linked = seasons?.some((s) => s.id === linkedSeason) ? linkedSeason : null;
  const seasonId = chosen ?? linked ?? league?.seasonId ?? current ?? seasons?.[0]?.id ?? null;
  const season = useSeason(seasonId);
  const record = seasons?.find((s) => s.id === seasonId);
  const closeEditor = (savedId?: string) => {
    if (savedId) setChosen(savedId);
    setParams({});
  };

  // Live queries keep their previous answer while a new one runs: wait for this season's own rows.
  const loading =
    seasons === undefined ||
    (chosen === null && !league && current === undefined) ||
    (seasonId !== null && seasons.some((s) => s.id === seasonId) && season?.id !== seasonId);
  if (loading) return <div className="page" aria-busy="true" />;

  if (editing) {
    const isNew = editing === 'new';
    const latest = seasons?.[0]?.year ?? new Date().getFullYear();
    const initial = isNew ? newSeason(latest + 1) : season;
    return (
      <div className="page">
        <PageHeader
          eyebrow={t('season:eyebrow')}
          title={t('season:title')}
          description={t('season:editorDescription')}
        />
        {initial ? (
          <SeasonEditor
            key={editing}
            initial={initial}
            isNew={isNew}
            builtIn={!isNew && record?.builtIn === true}
            onClose={closeEditor}
          />
        ) : (
          <div aria-busy="true" />
        )}
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader
        eyebrow={t('season:eyebrow')}
        title={t('season:title')}
        description={t('season:description')}
        actions={
          seasons && seasons.length > 0 ? (
            <SeasonSelect
              id="season-select"
              label={t('season:title')}
              seasons={seasons}
              value={seasonId ?? ''}
              onChange={setChosen}
            />
          ) : undefined
        }
      />
      <div className="row season-tools" role="toolbar" aria-label={t('season:tools.label')}>
        <SeasonFiles season={season ?? null} onImported={(id) => setChosen(id)}>
          <button type="button" className="primary" onClick={() => setParams({ edit: 'new' })}>
            {t('season:tools.new')}
          </button>
          {season && (
            <button type="button" onClick={() => setParams({ edit: season.id })}>
              {record?.builtIn ? t('season:tools.editTimes') : t('season:tools.edit')}
            </button>
          )}
          {season && lineupCup === null && (
            <button type="button" onClick={() => setParams({ lineup: 'nations' })}>
              {t('season:tools.pasteLineup')}
            </button>
          )}
        </SeasonFiles>
      </div>
      {seasons?.length === 0 && (
        <EmptyState title={t('season:empty.title')}>{t('season:empty.body')}</EmptyState>
      )}
      {season && seasons && lineupCup !== null && (
        <LineupPanel
          seasons={seasons}
          seasonId={season.id}
          cup={lineupCup === 'manufacturers' ? 'manufacturers' : 'nations'}
          focusOnOpen
          onSeasonChange={setChosen}
          onCupChange={(cup) => setParams({ lineup: cup })}
          onClose={() => {
            setChosen(season.id);
            setParams({});
          }}
        />
      )}
      {season && (
        <>
          <SeasonResults key={season.id} season={season} league={league} />
          <EntryList season={season} />
          <TeamEntryList season={season} />
        </>
      )}
    </div>
  );
}
