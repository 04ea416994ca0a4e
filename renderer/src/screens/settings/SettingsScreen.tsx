import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { platform } from '../../platform';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { BackupPanel } from './BackupPanel';
import { LanguageSelect } from '../../i18n/LanguageSelect';

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
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const persisted = usePersisted();
  useEffect(() => {
    let live = true;
    void platform.appInfo().then((result) => {
      if (!live) return;
      if (result.ok) setInfo(result.value);
      else setError(result.problems.join(' '));
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="page">
      <PageHeader
        eyebrow="App"
        title="Settings"
        description="Storage, backups and information about the app."
      />
      <div className="grid">
        <LanguageSelect />
        <BackupPanel />
        <section className="panel" aria-labelledby="storage-title">
          <h2 id="storage-title">Storage</h2>
          <p className="muted">
            Everything is stored on this computer only, in the app&apos;s local database. Nothing is sent
            anywhere.
          </p>
          <p>
            Persistent storage:{' '}
            {persisted === null ? (
              <span className="faint">checking…</span>
            ) : persisted ? (
              <span className="badge ok">granted</span>
            ) : (
              <span className="badge warn">not granted</span>
            )}
          </p>
          {persisted === false && (
            <p className="faint">
              The browser may clear the data under storage pressure. Keep a backup, or use the desktop app.
            </p>
          )}
        </section>
        <section className="panel" aria-labelledby="about-title">
          <h2 id="about-title">About</h2>
          {error && <p className="notice error">{error}</p>}
          {info ? (
            <dl className="about-list">
              <dt>Version</dt>
              <dd>{info.version}</dd>
              <dt>Running as</dt>
              <dd>{platform.kind === 'electron' ? 'Desktop app' : 'Web app'}</dd>
              <dt>Electron</dt>
              <dd>{info.electron}</dd>
              <dt>Chromium</dt>
              <dd>{info.chrome}</dd>
              <dt>Data</dt>
              <dd>{info.userDataPath}</dd>
            </dl>
          ) : (
            !error && <p className="faint">Loading…</p>
          )}
          <p className="faint">
            Podium League is a fan-made app and is not affiliated with Polyphony Digital, Sony Interactive
            Entertainment or the FIA.
          </p>
        </section>
      </div>
    </div>
  );
}
