import { useEffect, useState } from 'react';
import type { FileProblem } from '../../../../shared/files/problems';
import { useProblemsText } from '../../lib/file-problem-text';
import { PageHeader } from '../../components/PageHeader';
import { platform } from '../../platform';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { BackupPanel } from './BackupPanel';
import { ThisComputerPanel } from './ThisComputerPanel';
import { LanguageSelect } from '../../i18n/LanguageSelect';
import { useTranslation } from 'react-i18next';

function usePersisted(): boolean | null {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void navigator.storage
      ?.persisted?.()
      .then((value) => live && setPersisted(value))
      .catch(() => live && setPersisted(false));
    return () => {
      live = false;
    };
  }, []);
  return persisted;
}

export function SettingsScreen() {
  // 'files' too: the backup panel words a refused backup with it, and loads it with the screen.
  const { t } = useTranslation(['settings', 'files']);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<readonly FileProblem[] | null>(null);
  const reasonOf = useProblemsText();
  const persisted = usePersisted();
  useEffect(() => {
    let live = true;
    void platform.appInfo().then((result) => {
      if (!live) return;
      if (result.ok) setInfo(result.value);
      else setError(result.problems);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="page">
      <PageHeader
        eyebrow={t('settings:eyebrow')}
        title={t('settings:title')}
        description={t('settings:description')}
      />
      <div className="grid">
        <LanguageSelect />
        <ThisComputerPanel />
        <BackupPanel />
        <section className="panel" aria-labelledby="storage-title">
          <h2 id="storage-title">{t('settings:storage.title')}</h2>
          <p className="muted">{t('settings:storage.help')}</p>
          <p>
            {t('settings:storage.persistent')}{' '}
            {persisted === null ? (
              <span className="faint">{t('settings:storage.checking')}</span>
            ) : persisted ? (
              <span className="badge ok">{t('settings:storage.granted')}</span>
            ) : (
              <span className="badge warn">{t('settings:storage.notGranted')}</span>
            )}
          </p>
          {persisted === false && <p className="faint">{t('settings:storage.mayClear')}</p>}
        </section>
        <section className="panel" aria-labelledby="about-title">
          <h2 id="about-title">{t('settings:about.title')}</h2>
          {error && <p className="notice error">{reasonOf(error)}</p>}
          {info ? (
            <dl className="about-list">
              <dt>{t('settings:about.version')}</dt>
              <dd>{info.version}</dd>
              <dt>{t('settings:about.runningAs')}</dt>
              <dd>{platform.kind === 'electron' ? t('settings:about.desktop') : t('settings:about.web')}</dd>
              <dt>{'Electron'}</dt>
              <dd>{info.electron}</dd>
              <dt>{'Chromium'}</dt>
              <dd>{info.chrome}</dd>
              <dt>{t('settings:about.data')}</dt>
              <dd>{info.userDataPath}</dd>
            </dl>
          ) : (
            !error && <p className="faint">{t('common:shell.loading')}</p>
          )}
          <p className="faint">{t('settings:about.disclaimer')}</p>
        </section>
      </div>
    </div>
  );
}
