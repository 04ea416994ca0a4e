import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from '../../db';
import type { PodiumDatabase } from '../../db/schema';
import { platform } from '../../platform';
import type { FolderSyncPlatform } from '../../platform/types';
import { ProblemsError } from '../../lib/problems-error';
import { ErrorList } from '../ErrorList';
import { useRefusedPickText } from '../refused-pick-text';
import { useFileAction } from '../useFileAction';
import { clearSyncConfig, readAllSyncConfigs, readSyncConfig, slipFileName, writeSyncConfig } from './config';
import { useFolderSyncStatus } from './status-store';
import { formatDateTime } from '../../lib/format';
import { MemberOptions } from '../../components/MemberOptions';

/** The name pattern of the slip files in a shared folder, as the help shows it. */
const SLIP_FILE_PATTERN = '<league>--<member>.podium-slip.json';

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
  const { t } = useTranslation('sharing');
  const refusalText = useRefusedPickText();
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
        <h2 id="folder-sync-title">{t('sharing:folder.title')}</h2>
        <p className="muted">{t('sharing:folder.browser')}</p>
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
      if (!memberId) throw new Error(t('sharing:folder.noMember'));
      const chosen = await fs.chooseFolder();
      if (!chosen.ok) throw new ProblemsError(chosen.problems);
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
      <h2 id="folder-sync-title">{t('sharing:folder.title')}</h2>
      <p className="muted">{t('sharing:folder.help')}</p>

      <div className="field">
        <label htmlFor={memberFieldId}>{t('sharing:folder.writesFor')}</label>
        <select
          id={memberFieldId}
          value={memberId}
          onChange={(event) => changeMember(event.target.value)}
          disabled={busy || members.length === 0}
        >
          <MemberOptions members={members} />
        </select>
      </div>

      {config ? (
        <p>
          {t('sharing:folder.syncing', {
            folder: config.folder,
            name: memberName(config.memberId),
            file: slipFileName(leagueId, config.memberId),
          })}
        </p>
      ) : (
        <p className="faint">{t('sharing:folder.notSyncing')}</p>
      )}

      <div className="row">
        <button
          type="button"
          className={config ? undefined : 'primary'}
          onClick={() => void chooseFolder()}
          disabled={busy || !memberId}
        >
          {config ? t('sharing:folder.chooseAnother') : t('sharing:folder.choose')}
        </button>
        {config && (
          <button type="button" onClick={() => void stop()} disabled={busy}>
            {t('sharing:folder.stop')}
          </button>
        )}
      </div>
      <ErrorList errors={errors} title={t('sharing:folder.setupFailed')} />

      {config && status && (
        <div role="status" aria-live="polite">
          <p>
            {status.lastWrite
              ? t('sharing:folder.lastWrite', {
                  date: formatDateTime(status.lastWrite.at),
                  count: status.lastWrite.picks,
                })
              : t('sharing:folder.lastWriteNone')}
            {' · '}
            {status.lastRead
              ? t('sharing:folder.lastRead', {
                  date: formatDateTime(status.lastRead.at),
                  count: status.lastRead.files,
                })
              : t('sharing:folder.lastReadNone')}
          </p>
          {status.members.length > 0 ? (
            <ul>
              {status.members.map((member) => (
                <li key={`${member.memberId}-${member.fileName}`}>
                  <strong>{member.name}</strong>: {t('sharing:folder.memberPicks', { count: member.picks })}
                  {member.imported > 0 && t('sharing:folder.memberMerged', { count: member.imported })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="faint">{t('sharing:folder.noOtherSlip')}</p>
          )}
          <ErrorList
            errors={[...(status.writeError ?? []), ...(status.readError ?? [])]}
            title={t('sharing:folder.syncProblem')}
          />
          <ErrorList
            tone="warn"
            errors={status.refused.map((r) =>
              t('sharing:refusedPick.ofMember', { member: r.member, sentence: refusalText(r) }),
            )}
            title={t('sharing:picksRefused', { count: status.refused.length })}
          />
          {status.late.length > 0 && (
            <p className="notice warn" role="status">
              {t('sharing:lateInFile', { count: status.late.length })}
            </p>
          )}
          <ErrorList tone="warn" errors={status.incomplete} title={t('sharing:folder.incomplete')} />
          <ErrorList tone="warn" errors={status.problems} title={t('sharing:folder.unusable')} />
        </div>
      )}

      <details>
        <summary>{t('sharing:folder.how.title')}</summary>
        <ul className="muted">
          <li>{t('sharing:folder.how.oneFile', { pattern: SLIP_FILE_PATTERN })}</li>
          <li>{t('sharing:folder.how.arriving')}</li>
          <li>{t('sharing:folder.how.merging')}</li>
          <li>{t('sharing:folder.how.clocks')}</li>
          <li>{t('sharing:folder.how.oneWriter')}</li>
        </ul>
      </details>
    </section>
  );
}
