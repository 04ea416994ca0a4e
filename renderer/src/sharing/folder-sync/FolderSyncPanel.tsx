import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from '../../db';
import type { PodiumDatabase } from '../../db/schema';
import { platform } from '../../platform';
import type { FolderSyncPlatform } from '../../platform/types';
import { ErrorList } from '../ErrorList';
import { useFileAction } from '../useFileAction';
import { clearSyncConfig, readAllSyncConfigs, readSyncConfig, slipFileName, writeSyncConfig } from './config';
import { useFolderSyncStatus } from './status-store';

const time = (iso: string) => new Date(iso).toLocaleString();

/**
 * Shared folder for one league: choose a folder a file-sync
 * tool keeps in step, choose the member this computer writes for, and see
 * what the background agent wrote and read.
 */
export function FolderSyncPanel({
  leagueId,
  db = appDb,
  fs = platform.folderSync,
}: {
  leagueId: string;
  db?: PodiumDatabase;
  fs?: FolderSyncPlatform;
}) {
  const memberFieldId = useId();
  const { busy, errors, run } = useFileAction();
  const [chosenMember, setChosenMember] = useState<string | null>(null);
  const data = useLiveQuery(async () => {
    const [config, members, active] = await Promise.all([
      readSyncConfig(db, leagueId),
      db.members.where('leagueId').equals(leagueId).sortBy('createdAt'),
      db.settings.get('activeMemberId'),
    ]);
    return { config, members, activeMemberId: typeof active?.value === 'string' ? active.value : null };
  }, [db, leagueId]);
  const status = useFolderSyncStatus(leagueId);

  if (!fs) {
    return (
      <section className="panel" aria-labelledby="folder-sync-title">
        <h2 id="folder-sync-title">Shared folder</h2>
        <p className="muted">
          The desktop app can keep a league in step through a folder that Syncthing, Dropbox, OneDrive or a
          network share copies between friends. A browser page cannot write into a folder, so here the same
          exchange works by hand: export your picks as a slip, send it to the others, and import theirs with
          Pick slips. The merge rule is the same.
        </p>
      </section>
    );
  }
  if (!data) return null;

  const { config, members } = data;
  const memberId =
    chosenMember ??
    config?.memberId ??
    members.find((m) => m.id === data.activeMemberId)?.id ??
    members[0]?.id ??
    '';
  const memberName = (id: string) => members.find((m) => m.id === id)?.name ?? id;

  const chooseFolder = () =>
    run(async () => {
      if (!memberId) throw new Error('Add a member first: this computer writes the picks of one member.');
      const chosen = await fs.chooseFolder();
      if (!chosen.ok) throw new Error(chosen.problems.join(' '));
      if (chosen.value === null) return;
      const previous = config?.folder;
      await writeSyncConfig(db, leagueId, { folder: chosen.value, memberId });
      if (previous && previous !== chosen.value) await releaseFolder(previous);
    });

  const changeMember = (id: string) => {
    setChosenMember(id);
    if (config) void run(() => writeSyncConfig(db, leagueId, { folder: config.folder, memberId: id }));
  };

  /** Forgets a folder in main unless another league still syncs through it. */
  const releaseFolder = async (folder: string) => {
    const stillUsed = (await readAllSyncConfigs(db)).some(
      (other) => other.folder === folder && other.leagueId !== leagueId,
    );
    if (!stillUsed) await fs.unwatch(folder, true);
  };

  const stop = () =>
    run(async () => {
      if (!config) return;
      await clearSyncConfig(db, leagueId);
      await releaseFolder(config.folder);
    });

  return (
    <section className="panel" aria-labelledby="folder-sync-title">
      <h2 id="folder-sync-title">Shared folder</h2>
      <p className="muted">
        Point this league at a folder that a file-sync tool (Syncthing, Dropbox, OneDrive, a network share)
        keeps in step between friends. This computer writes only its member&apos;s slip there, whenever their
        picks change, and merges everyone else&apos;s slips as they arrive.
      </p>

      <div className="field">
        <label htmlFor={memberFieldId}>This computer writes for</label>
        <select
          id={memberFieldId}
          value={memberId}
          onChange={(event) => changeMember(event.target.value)}
          disabled={busy || members.length === 0}
        >
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>

      {config ? (
        <p>
          Syncing through <code>{config.folder}</code> as <strong>{memberName(config.memberId)}</strong> (
          <code>{slipFileName(leagueId, config.memberId)}</code>).
        </p>
      ) : (
        <p className="faint">Not syncing through a folder.</p>
      )}

      <div className="row">
        <button
          type="button"
          className={config ? undefined : 'primary'}
          onClick={() => void chooseFolder()}
          disabled={busy || !memberId}
        >
          {config ? 'Choose another folder…' : 'Choose folder…'}
        </button>
        {config && (
          <button type="button" onClick={() => void stop()} disabled={busy}>
            Stop syncing
          </button>
        )}
      </div>
      <ErrorList errors={errors} title="The shared folder could not be set up" />

      {config && status && (
        <div role="status" aria-live="polite">
          <p>
            Last write:{' '}
            {status.lastWrite ? `${time(status.lastWrite.at)}, ${status.lastWrite.picks} picks` : 'not yet'}
            {' · '}Last read:{' '}
            {status.lastRead ? `${time(status.lastRead.at)}, ${status.lastRead.files} slip files` : 'not yet'}
          </p>
          {status.members.length > 0 ? (
            <ul>
              {status.members.map((member) => (
                <li key={`${member.memberId}-${member.fileName}`}>
                  <strong>{member.name}</strong>: {member.picks} picks in their slip
                  {member.imported > 0 && `, ${member.imported} new or newer merged`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="faint">No other member&apos;s slip in the folder yet.</p>
          )}
          <ErrorList
            errors={[status.writeError, status.readError].filter((e): e is string => e !== null)}
            title="Sync problem"
          />
          <ErrorList tone="warn" errors={status.refused} title={`${status.refused.length} picks refused`} />
          <ErrorList
            tone="warn"
            errors={status.incomplete}
            title="Files still arriving (incomplete, will retry)"
          />
          <ErrorList tone="warn" errors={status.problems} title="Files that are not usable slips" />
        </div>
      )}

      <details>
        <summary>How the shared folder works, and what it assumes</summary>
        <ul className="muted">
          <li>
            Each computer writes one file, <code>&lt;league&gt;--&lt;member&gt;.podium-slip.json</code>, for
            the member chosen above, and never touches anyone else&apos;s. Writes go to a temporary file first
            and replace the slip in one step, so a reader never sees half of it.
          </li>
          <li>
            Files a sync tool is still copying are skipped and read again a few seconds later; a file that
            disappears while being read is simply read next time. The folder is also rescanned every 30
            seconds, because network shares and some sync tools do not report changes.
          </li>
          <li>
            Merging follows the pick-slip rule: per member and race the newest pick made before the race
            starts wins; later picks are refused and listed above. Reading the same slip again changes
            nothing.
          </li>
          <li>
            Clocks: every pick is stamped with the clock of the computer it was made on, and that stamp is
            compared with the race start. Podium League assumes computers keep network time (NTP); a computer
            whose clock is off can only make its picks look earlier or later by that much. The sync
            tool&apos;s file dates are never used.
          </li>
          <li>
            Two computers must not write for the same member, or each will overwrite the other&apos;s file.
          </li>
        </ul>
      </details>
    </section>
  );
}
