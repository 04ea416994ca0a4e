/**
 * The import as a small state machine: bytes arrive (file chooser, drop,
 * paste as UTF-8) → parsing → preview → commit. One data path for every way in.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Season } from '../../../../shared/domain/types';
import { nowIso } from '../../app/clock';
import { commitImport, type CommitReport, type ImportPlan } from '../../db/imports';
import type { PodiumDatabase } from '../../db/schema';
import { utf8Bytes } from '../../../../shared/hash/sha256';
import { useProblemsText } from '../../lib/file-problem-text';
import { platform, readBrowserFile } from '../../platform';
import { parseInBackground } from './parse-job';
import { createPreview, type ImportSource, type Preview } from './preview-model';
import { issueText } from './IssuesList';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; size: number }
  | { kind: 'preview'; preview: Preview; commitError: string | null; committing: boolean }
  | { kind: 'done'; report: CommitReport; fileName: string; seasonId: string };

export const RESULT_EXTENSIONS = ['txt', 'csv', 'tsv', 'json', 'md'];

export interface ImportFlow {
  phase: ImportPhase;
  /** A file the platform refused (too big, binary) or could not read. */
  refusal: string | null;
  /** Reads a file's bytes into a preview; `seasonId` forces the season instead of detecting it. */
  loadBytes(
    fileName: string,
    bytes: Uint8Array,
    seasonId?: string,
    kind?: ImportSource['kind'],
  ): Promise<void>;
  /** Pasted text, read through the same byte pipeline (as UTF-8). */
  loadText(fileName: string, text: string, seasonId?: string, kind?: ImportSource['kind']): Promise<void>;
  /** Re-reads the previewed file for another season. */
  changeSeason(seasonId: string): Promise<void>;
  loadDropped(file: File): Promise<void>;
  chooseFile(): Promise<void>;
  update(change: (preview: Preview) => Preview): void;
  confirm(plan: ImportPlan): Promise<void>;
  reset(): void;
}

/**
 * `seasons`: every season the app knows (files are detected among them);
 * `current`: the active league's season, used when a file does not say;
 * `roundFor`: the round a preview opens on when the file names none.
 */
export function useImportFlow(
  db: PodiumDatabase,
  seasons: Season[],
  current: Season,
  roundFor: (season: Season) => string,
): ImportFlow {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const { t } = useTranslation('results');
  const reasonOf = useProblemsText();
  const [refusal, setRefusal] = useState<string | null>(null);
  // A newer file replaces a parse still running; its late answer is ignored.
  const generation = useRef(0);

  const loadBytes = useCallback(
    async (fileName: string, bytes: Uint8Array, seasonId?: string, kind: ImportSource['kind'] = 'file') => {
      const mine = ++generation.current;
      setRefusal(null);
      setPhase({ kind: 'reading', fileName, size: bytes.length });
      const parsed = await parseInBackground({
        bytes,
        fileName,
        seasons,
        fallbackSeasonId: current.id,
        seasonId,
      });
      if (mine !== generation.current) return;
      const { outcome } = parsed.plan;
      // Bytes that are not a text file at all (binary, too large, unknown encoding) get no preview.
      if (outcome.format === null) {
        const why = outcome.issues.filter((i) => i.severity === 'error').map((i) => issueText(t, i));
        setRefusal(`“${fileName}”: ${why.join(' ')}`);
        setPhase({ kind: 'idle' });
        return;
      }
      const season = seasons.find((s) => s.id === parsed.plan.seasonId) ?? current;
      const preview = createPreview(
        season,
        { fileName, bytes, sha256: parsed.sha256, kind },
        parsed.plan,
        roundFor(season),
      );
      setPhase({ kind: 'preview', preview, commitError: null, committing: false });
    },
    [seasons, current, roundFor, t],
  );

  const loadText = useCallback(
    (fileName: string, text: string, seasonId?: string, kind: ImportSource['kind'] = 'file') =>
      loadBytes(fileName, utf8Bytes(text), seasonId, kind),
    [loadBytes],
  );

  const changeSeason = useCallback(
    async (seasonId: string) => {
      if (phase.kind !== 'preview') return;
      const { source } = phase.preview;
      await loadBytes(source.fileName, source.bytes, seasonId, source.kind);
    },
    [phase, loadBytes],
  );

  const refuse = useCallback((message: string) => {
    generation.current++;
    setRefusal(message);
    setPhase({ kind: 'idle' });
  }, []);

  const loadDropped = useCallback(
    async (file: File) => {
      const read = await readBrowserFile(file);
      if (!read.ok) return refuse(reasonOf(read.problems));
      await loadBytes(read.value.name, read.value.bytes);
    },
    [loadBytes, refuse, reasonOf],
  );

  const chooseFile = useCallback(async () => {
    const file = await platform.openFile({
      title: t('results:sources.title'),
      extensions: RESULT_EXTENSIONS,
    });
    if (!file.ok) return refuse(reasonOf(file.problems));
    if (file.value) await loadBytes(file.value.name, file.value.bytes);
  }, [loadBytes, refuse, reasonOf, t]);

  const update = useCallback((change: (preview: Preview) => Preview) => {
    setPhase((current) =>
      current.kind === 'preview'
        ? { ...current, preview: change(current.preview), commitError: null }
        : current,
    );
  }, []);

  const confirm = useCallback(
    async (plan: ImportPlan) => {
      setPhase((current) => (current.kind === 'preview' ? { ...current, committing: true } : current));
      try {
        const report = await commitImport(db, plan, nowIso());
        setPhase({ kind: 'done', report, fileName: plan.fileName, seasonId: plan.seasonId });
      } catch (cause) {
        const commitError = t('results:preview.commitFailed', { reason: reasonOf({ thrown: cause }) });
        setPhase((current) =>
          current.kind === 'preview' ? { ...current, committing: false, commitError } : current,
        );
      }
    },
    [db, reasonOf, t],
  );

  const reset = useCallback(() => {
    generation.current++;
    setRefusal(null);
    setPhase({ kind: 'idle' });
  }, []);

  return {
    phase,
    refusal,
    loadBytes,
    loadText,
    changeSeason,
    loadDropped,
    chooseFile,
    update,
    confirm,
    reset,
  };
}
