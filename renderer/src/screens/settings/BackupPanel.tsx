import { PreviewActions } from '../../components/PreviewActions';
import { useCallback, useState } from 'react';
import { db } from '../../db';
import {
  backupSizeProblem,
  createBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
  summarizeBackup,
  type CheckedBackup,
  type BackupSummary,
} from '../../db/backup';
import { messageOf } from '../../../../shared/common/result';
import { chooseTextFile, platform } from '../../platform';
import { nowIso } from '../../app/clock';
import { useToast } from '../../components/Toasts';
import { useMenuCommand } from '../../app/menu-events';
import { formatDateTime } from '../../lib/format';

const TABLE_LABELS: Record<string, string> = {
  leagues: 'leagues',
  members: 'members',
  picks: 'picks',
  pickHistory: 'pick changes',
  results: 'results',
  imports: 'imports',
  seasons: 'seasons',
  races: 'races',
};

/** Backup to one file; restore from one with a preview first. */
export function BackupPanel() {
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    backup: CheckedBackup;
    summary: BackupSummary;
    fileName: string;
  } | null>(null);
  const [error, setError] = useState<string[] | null>(null);

  const backupNow = useCallback(async () => {
    setBusy(true);
    try {
      const backup = await createBackup(db, nowIso(), __APP_VERSION__);
      const day = backup.createdAt.slice(0, 10);
      const text = serializeBackup(backup);
      const tooLarge = backupSizeProblem(text);
      if (tooLarge) return notify(tooLarge, 'error');
      const saved = await platform.saveTextFile(`podium-league-backup-${day}.json`, text, ['json']);
      if (!saved.ok) notify(saved.problems.join(' '), 'error');
      else if (saved.value) notify(`Backup saved: ${saved.value}`);
    } finally {
      setBusy(false);
    }
  }, [notify]);

  useMenuCommand('backup', () => void backupNow());

  async function chooseRestore() {
    setError(null);
    const file = await chooseTextFile({
      title: 'Restore a backup',
      extensions: ['json'],
      kind: 'backup',
    });
    if (!file.ok) return setError(file.problems);
    if (!file.value) return;
    const parsed = parseBackup(file.value.text, db.verno || 1);
    if (!parsed.ok) return setError(parsed.problems);
    setPending({ backup: parsed.value, summary: summarizeBackup(parsed.value), fileName: file.value.name });
  }

  async function confirmRestore() {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackup(db, pending.backup);
      notify(`Restored the backup from ${formatDateTime(pending.summary.createdAt)}.`);
      setPending(null);
    } catch (cause) {
      setError([`The restore failed and nothing was changed: ${messageOf(cause)}`]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p className="muted">
        One file with every league, pick, result and season on this computer. Keep it somewhere safe, or use
        it to move to another computer.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void backupNow()} disabled={busy}>
          Back up now…
        </button>
        <button type="button" onClick={() => void chooseRestore()} disabled={busy}>
          Restore from a backup…
        </button>
      </div>
      {error && (
        <div className="notice error" role="alert">
          {error.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </div>
      )}
      {pending && (
        <div className="notice warn" role="dialog" aria-labelledby="restore-preview-title">
          <h3 id="restore-preview-title">Restore “{pending.fileName}”?</h3>
          <p>
            Made {formatDateTime(pending.summary.createdAt)} by Podium League {pending.summary.app}. It
            contains{' '}
            {Object.entries(TABLE_LABELS)
              .map(([table, label]) => `${pending.summary.counts[table] ?? 0} ${label}`)
              .join(', ')}
            .
          </p>
          {pending.summary.leagues.length > 0 && <p>Leagues: {pending.summary.leagues.join(', ')}.</p>}
          <p>
            <strong>Everything currently in the app will be replaced.</strong> Back up first if unsure.
          </p>
          <PreviewActions
            onConfirm={() => void confirmRestore()}
            onCancel={() => setPending(null)}
            busy={busy}
          >
            Replace my data with this backup
          </PreviewActions>
        </div>
      )}
    </section>
  );
}
