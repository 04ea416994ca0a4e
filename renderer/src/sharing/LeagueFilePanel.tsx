import { PreviewActions } from '../components/PreviewActions';
import { useCallback, useState } from 'react';
import { db } from '../db';
import { platform } from '../platform';
import { parseLeagueBundle, serializeLeagueBundle } from '../../../shared/league';
import {
  buildLeagueBundle,
  importLeagueBundle,
  previewLeagueBundle,
  type BundleImportPreview,
} from './league-bundle-io';
import { useTranslation } from 'react-i18next';
import { useToast } from '../components/Toasts';
import { useMenuCommand } from '../app/menu-events';
import { ErrorList } from './ErrorList';
import { useRefusedPickText } from './refused-pick-text';
import { chooseAndRead, useFileAction } from './useFileAction';
import { SeasonUpdateList } from '../screens/season/lineup/SeasonUpdateList';
import type { TFunction } from 'i18next';
import type { ListedChange } from '../../../shared/league/host-signature';
import { PreviewTrustNotes } from './PreviewTrustNotes';

/** One league-level change of a league file, in words. */
function changeText(t: TFunction, change: ListedChange): string {
  switch (change.kind) {
    case 'league-name':
      return t('sharing:league.change.leagueName', { from: change.from, to: change.to });
    case 'rule':
      return t('sharing:league.change.rule', { field: change.field, from: change.from, to: change.to });
    case 'member-added':
      return t('sharing:league.change.memberAdded', { name: change.name });
    case 'member-name':
      return t('sharing:league.change.memberName', { from: change.from, to: change.to });
    case 'member-key':
      return change.change === 'new'
        ? t('sharing:league.change.memberKeyNew', { name: change.name })
        : t('sharing:league.change.memberKeyReplaced', { name: change.name });
    case 'host-key':
      return change.change === 'new'
        ? t('sharing:league.change.hostKeyNew')
        : t('sharing:league.change.hostKeyReplaced');
  }
}
import { OwnerChoice } from '../screens/settings/OwnerChoice';
import { readOwnerMember, setOwnerMember } from '../db/owner';

/** Export the league as one file; import a league a friend sent (join or update). */
export function LeagueFilePanel({ leagueId }: { leagueId: string | null }) {
  const { t } = useTranslation('sharing');
  const refusalText = useRefusedPickText();
  const notify = useToast();
  const { busy, errors, setErrors, run } = useFileAction();
  const [pending, setPending] = useState<{
    preview: BundleImportPreview;
    bytes: Uint8Array;
    name: string;
  } | null>(null);
  const [applyResults, setApplyResults] = useState(false);
  // Which of the file's members this computer belongs to (asked with every import; kept if already known).
  const [you, setYou] = useState<string | null>(null);

  const exportLeague = useCallback(
    () =>
      run(async () => {
        if (!leagueId) throw new Error(t('sharing:league.noLeague'));
        const bundle = await buildLeagueBundle(db, leagueId);
        const saved = await platform.saveTextFile(`${leagueId}.podium.json`, serializeLeagueBundle(bundle), [
          'json',
        ]);
        if (!saved.ok) return setErrors(saved.problems);
        if (saved.value) notify(t('sharing:league.saved', { path: saved.value }));
      }),
    [leagueId, notify, run, setErrors, t],
  );

  useMenuCommand('export-league', () => void exportLeague());

  const chooseImport = () =>
    run(async () => {
      setPending(null);
      setApplyResults(false);
      const chosen = await chooseAndRead(t('sharing:league.importDialog'), parseLeagueBundle);
      if (!chosen) return;
      setYou(await readOwnerMember(db, chosen.value.league.id));
      setPending({
        preview: await previewLeagueBundle(db, chosen.value),
        bytes: chosen.file.bytes,
        name: chosen.file.name,
      });
    });

  const confirmImport = () =>
    run(async () => {
      if (!pending) return;
      await importLeagueBundle(db, pending.preview, pending.bytes, pending.name, { applyResults });
      await setOwnerMember(db, pending.preview.bundle.league.id, you);
      notify(t('sharing:league.imported', { name: pending.preview.bundle.league.name }));
      setPending(null);
    });

  const preview = pending?.preview;
  return (
    <section className="panel" aria-labelledby="league-file-title">
      <h2 id="league-file-title">{t('sharing:league.title')}</h2>
      <p className="muted">{t('sharing:league.help', { extension: '.podium.json' })}</p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void exportLeague()}
          disabled={busy || !leagueId}
        >
          {t('sharing:league.export')}
        </button>
        <button type="button" onClick={() => void chooseImport()} disabled={busy}>
          {t('sharing:league.import')}
        </button>
      </div>
      <ErrorList errors={errors} title={t('sharing:league.cannotImport')} />
      {preview && (
        <div className="notice" role="dialog" aria-labelledby="bundle-preview-title">
          <h3 id="bundle-preview-title">
            {preview.existing
              ? t('sharing:league.updateQuestion', { name: preview.bundle.league.name })
              : t('sharing:league.joinQuestion', { name: preview.bundle.league.name })}
          </h3>
          <ul>
            <li>
              {t('sharing:league.season', { name: preview.season.name })}
              {preview.addsSeason && ` ${t('sharing:league.seasonAdded')}`}
            </li>
            <li>
              {t('sharing:league.members', { count: preview.bundle.members.length })}
              {preview.newMembers.length > 0 &&
                t('sharing:league.newMembers', { names: preview.newMembers.join(', ') })}
            </li>
            <li>
              {t('sharing:league.picks', {
                count: preview.picks.accepted.length,
                unchanged: preview.picks.unchanged.length,
              })}
            </li>
            <li>{t('sharing:league.results', { count: preview.changedResults.length })}</li>
            {preview.replay && <li>{t('sharing:league.replay')}</li>}
            {preview.existing && (
              <li>
                {preview.hostSigned ? t('sharing:league.hostSigned') : t('sharing:league.notHostSigned')}
              </li>
            )}
          </ul>
          {preview.changes.length > 0 && (
            <>
              <h4>{t('sharing:league.changesTitle', { count: preview.changes.length })}</h4>
              <ul aria-label={t('sharing:league.changesTitle', { count: preview.changes.length })}>
                {preview.changes.map((change) => {
                  const text = changeText(t, change);
                  return (
                    <li key={text} className={change.applied ? undefined : 'refused'}>
                      {text}
                      {!change.applied && ` ${t('sharing:league.changeRefused')}`}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {preview.otherLeagues.length > 0 && (
            <div className="notice warn">
              <p>
                {t('sharing:league.otherLeagues', {
                  count: preview.changedResults.length,
                  names: preview.otherLeagues.map((l) => `“${l.name}”`).join(', '),
                })}
              </p>
              <label>
                <input
                  type="checkbox"
                  checked={applyResults}
                  onChange={(event) => setApplyResults(event.target.checked)}
                />{' '}
                {t('sharing:league.applyResults', { count: preview.changedResults.length })}
              </label>
            </div>
          )}
          <PreviewTrustNotes merge={preview.picks} />
          {preview.seasonUpdate && (
            <details open>
              <summary>
                {t('sharing:league.newerSeason', { name: preview.season.name })}
                {preview.seasonUpdate.refused.length > 0 ? ` ${t('sharing:league.notApplied')}` : ''}
              </summary>
              <SeasonUpdateList plan={preview.seasonUpdate} label={t('sharing:league.seasonChanges')} />
            </details>
          )}
          {preview.picks.refused.length > 0 && (
            <ErrorList
              title={t('sharing:picksRefused', { count: preview.picks.refused.length })}
              errors={preview.picks.refused.map(refusalText)}
              tone="warn"
            />
          )}
          <OwnerChoice members={preview.bundle.members} value={you} onChange={setYou} />
          <PreviewActions
            onConfirm={() => void confirmImport()}
            onCancel={() => setPending(null)}
            busy={busy}
          >
            {preview.existing ? t('sharing:league.update') : t('sharing:league.join')}
          </PreviewActions>
        </div>
      )}
    </section>
  );
}
