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
import type { FileProblem } from '../../../../shared/files/problems';
import { useProblemsText, useProblemText } from '../../lib/file-problem-text';
import { chooseTextFile, platform } from '../../platform';
import { nowIso } from '../../app/clock';
import { useToast } from '../../components/Toasts';
import { useMenuCommand } from '../../app/menu-events';
import { formatDateTime } from '../../lib/format';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/** The tables a backup's preview counts, in the order it lists them. */
const COUNTED_TABLES = [
  'leagues',
  'members',
  'picks',
  'pickHistory',
  'results',
  'imports',
  'seasons',
  'races',
] as const;

function tableCount(t: TFunction, table: (typeof COUNTED_TABLES)[number], count: number): string {
  switch (table) {
    case 'leagues':
      return t('settings:backup.count.leagues', { count });
    case 'members':
      return t('settings:backup.count.members', { count });
    case 'picks':
      return t('settings:backup.count.picks', { count });
    case 'pickHistory':
      return t('settings:backup.count.pickHistory', { count });
    case 'results':
      return t('settings:backup.count.results', { count });
    case 'imports':
      return t('settings:backup.count.imports', { count });
    case 'seasons':
      return t('settings:backup.count.seasons', { count });
    case 'races':
      return t('settings:backup.count.races', { count });
  }
}

/** Backup to one file; restore from one with a preview first. */
export function BackupPanel() {
  const { t } = useTranslation('settings');
  const wording = useProblemText();
  const reasonOf = useProblemsText();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    backup: CheckedBackup;
    summary: BackupSummary;
    fileName: string;
  } | null>(null);
  const [error, setError] = useState<readonly (string | FileProblem)[] | null>(null);

  const backupNow = useCallback(async () => {
    setBusy(true);
    try {
      const backup = await createBackup(db, nowIso(), __APP_VERSION__);
      const day = backup.createdAt.slice(0, 10);
      const text = serializeBackup(backup);
      const tooLarge = backupSizeProblem(text);
      if (tooLarge)
        return notify(
          t('settings:backup.tooLarge', { size: tooLarge.sizeMb, limit: tooLarge.limitMb }),
          'error',
        );
      const saved = await platform.saveTextFile(`podium-league-backup-${day}.json`, text, ['json']);
      if (!saved.ok) notify(reasonOf(saved.problems), 'error');
      else if (saved.value) notify(t('settings:backup.saved', { path: saved.value }));
    } finally {
      setBusy(false);
    }
  }, [notify, t, reasonOf]);

  useMenuCommand('backup', () => void backupNow());

  async function chooseRestore() {
    setError(null);
    const file = await chooseTextFile({
      title: t('settings:backup.restoreDialog'),
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
      notify(t('settings:backup.restored', { date: formatDateTime(pending.summary.createdAt) }));
      setPending(null);
    } catch (cause) {
      setError([t('settings:backup.restoreFailed', { reason: reasonOf({ thrown: cause }) })]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings:backup.title')}</h2>
      <p className="muted">{t('settings:backup.help')}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void backupNow()} disabled={busy}>
          {t('settings:backup.backUp')}
        </button>
        <button type="button" onClick={() => void chooseRestore()} disabled={busy}>
          {t('settings:backup.restore')}
        </button>
      </div>
      {error && (
        <div className="notice error" role="alert">
          {error.map((problem, i) => (
            <div key={i}>{wording(problem)}</div>
          ))}
        </div>
      )}
      {pending && (
        <div className="notice warn" role="dialog" aria-labelledby="restore-preview-title">
          <h3 id="restore-preview-title">{t('settings:backup.previewTitle', { name: pending.fileName })}</h3>
          <p>
            {t('settings:backup.made', {
              date: formatDateTime(pending.summary.createdAt),
              version: pending.summary.app,
              contents: COUNTED_TABLES.map((table) =>
                tableCount(t, table, pending.summary.counts[table] ?? 0),
              ).join(t('settings:backup.listSeparator')),
            })}
          </p>
          {pending.summary.leagues.length > 0 && (
            <p>
              {t('settings:backup.leagues', {
                names: pending.summary.leagues.join(t('settings:backup.listSeparator')),
              })}
            </p>
          )}
          <p>
            <strong>{t('settings:backup.replaceWarning')}</strong> {t('settings:backup.backUpFirst')}
          </p>
          <PreviewActions
            onConfirm={() => void confirmRestore()}
            onCancel={() => setPending(null)}
            busy={busy}
          >
            {t('settings:backup.confirm')}
          </PreviewActions>
        </div>
      )}
    </section>
  );
}
