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
import { countOf } from '../lib/format';
import { useToast } from '../components/Toasts';
import { useMenuCommand } from '../app/menu-events';
import { ErrorList } from './ErrorList';
import { chooseAndRead, useFileAction } from './useFileAction';
import { SeasonUpdateList } from '../screens/season/lineup/SeasonUpdateList';

/** Export the league as one file; import a league a friend sent (join or update). */
export function LeagueFilePanel({ leagueId }: { leagueId: string | null }) {
  const notify = useToast();
  const { busy, errors, setErrors, run } = useFileAction();
  const [pending, setPending] = useState<{
    preview: BundleImportPreview;
    bytes: Uint8Array;
    name: string;
  } | null>(null);

  const exportLeague = useCallback(
    () =>
      run(async () => {
        if (!leagueId) throw new Error('Create or import a league first.');
        const bundle = await buildLeagueBundle(db, leagueId);
        const saved = await platform.saveTextFile(`${leagueId}.podium.json`, serializeLeagueBundle(bundle), [
          'json',
        ]);
        if (!saved.ok) return setErrors(saved.problems);
        if (saved.value) notify(`League saved as ${saved.value}. Send it to your friends.`);
      }),
    [leagueId, notify, run, setErrors],
  );

  useMenuCommand('export-league', () => void exportLeague());

  const chooseImport = () =>
    run(async () => {
      setPending(null);
      const chosen = await chooseAndRead('Import a league', parseLeagueBundle);
      if (!chosen) return;
      setPending({
        preview: await previewLeagueBundle(db, chosen.value),
        bytes: chosen.file.bytes,
        name: chosen.file.name,
      });
    });

  const confirmImport = () =>
    run(async () => {
      if (!pending) return;
      await importLeagueBundle(db, pending.preview, pending.bytes, pending.name);
      notify(`${pending.preview.bundle.league.name} imported.`);
      setPending(null);
    });

  const preview = pending?.preview;
  return (
    <section className="panel" aria-labelledby="league-file-title">
      <h2 id="league-file-title">League file</h2>
      <p className="muted">
        The whole league in one <code>.podium.json</code> file: members, picks and results. A friend joins by
        importing it; re-export after adding results so everyone catches up.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void exportLeague()}
          disabled={busy || !leagueId}
        >
          Export league…
        </button>
        <button type="button" onClick={() => void chooseImport()} disabled={busy}>
          Import a league…
        </button>
      </div>
      <ErrorList errors={errors} title="This league file cannot be imported" />
      {preview && (
        <div className="notice" role="dialog" aria-labelledby="bundle-preview-title">
          <h3 id="bundle-preview-title">
            {preview.existing ? 'Update' : 'Join'} “{preview.bundle.league.name}”?
          </h3>
          <ul>
            <li>
              Season: {preview.season.name}
              {preview.addsSeason && ' (new here: it will be added)'}
            </li>
            <li>
              {countOf(preview.bundle.members.length, 'member')}
              {preview.newMembers.length > 0 && `, new: ${preview.newMembers.join(', ')}`}
            </li>
            <li>
              {preview.picks.accepted.length} new or newer picks, {preview.picks.unchanged.length} already
              here
            </li>
            <li>{countOf(preview.changedResults.length, 'result')} added or corrected</li>
            {preview.replay && <li>Replay league: picks count whenever they were made.</li>}
            {preview.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          {preview.seasonUpdate && (
            <details open>
              <summary>
                The file carries a newer {preview.season.name}
                {preview.seasonUpdate.refused.length > 0 ? ' (not applied)' : ''}
              </summary>
              <SeasonUpdateList
                plan={preview.seasonUpdate}
                label="What the league file changes in the season"
              />
            </details>
          )}
          {preview.picks.refused.length > 0 && (
            <ErrorList
              title={`${countOf(preview.picks.refused.length, 'pick')} refused`}
              errors={preview.picks.refused.map((r) => r.message)}
              tone="warn"
            />
          )}
          <PreviewActions
            onConfirm={() => void confirmImport()}
            onCancel={() => setPending(null)}
            busy={busy}
          >
            {preview.existing ? 'Update league' : 'Join league'}
          </PreviewActions>
        </div>
      )}
    </section>
  );
}
