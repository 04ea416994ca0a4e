/**
 * The import as a small state machine: text arrives (file chooser, drop,
 * paste) → parsing → preview → commit. One data path for every way in.
 */
import { useCallback, useRef, useState } from 'react';
import type { Season } from '../../../../shared/domain/types';
import { nowIso } from '../../app/clock';
import { commitImport, type CommitReport, type ImportPlan } from '../../db/imports';
import type { PodiumDatabase } from '../../db/schema';
import { platform, readBrowserFile } from '../../platform';
import { parseInBackground } from './parse-job';
import { createPreview, type ImportSource, type Preview } from './preview-model';

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
  /** Reads text into a preview; `seasonId` forces the season instead of detecting it. */
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
  const [refusal, setRefusal] = useState<string | null>(null);
  // A newer file replaces a parse still running; its late answer is ignored.
  const generation = useRef(0);

  const loadText = useCallback(
    async (fileName: string, text: string, seasonId?: string, kind: ImportSource['kind'] = 'file') => {
      const mine = ++generation.current;
      setRefusal(null);
      setPhase({ kind: 'reading', fileName, size: text.length });
      const parsed = await parseInBackground({
        text,
        fileName,
        seasons,
        fallbackSeasonId: current.id,
        seasonId,
      });
      if (mine !== generation.current) return;
      const season = seasons.find((s) => s.id === parsed.plan.seasonId) ?? current;
      const preview = createPreview(
        season,
        { fileName, text, sha256: parsed.sha256, kind },
        parsed.plan,
        roundFor(season),
      );
      setPhase({ kind: 'preview', preview, commitError: null, committing: false });
    },
    [seasons, current, roundFor],
  );

  const changeSeason = useCallback(
    async (seasonId: string) => {
      if (phase.kind !== 'preview') return;
      const { source } = phase.preview;
      await loadText(source.fileName, source.text, seasonId, source.kind);
    },
    [phase, loadText],
  );

  const refuse = useCallback((message: string) => {
    generation.current++;
    setRefusal(message);
    setPhase({ kind: 'idle' });
  }, []);

  const loadDropped = useCallback(
    async (file: File) => {
      const read = await readBrowserFile(file);
      if (!read.ok) return refuse(read.error);
      await loadText(read.value.name, read.value.text);
    },
    [loadText, refuse],
  );

  const chooseFile = useCallback(async () => {
    const file = await platform.openTextFile({ title: 'Import results', extensions: RESULT_EXTENSIONS });
    if (!file.ok) return refuse(file.error);
    if (file.value) await loadText(file.value.name, file.value.text);
  }, [loadText, refuse]);

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
        const message = cause instanceof Error ? cause.message : String(cause);
        setPhase((current) =>
          current.kind === 'preview'
            ? { ...current, committing: false, commitError: `Nothing was imported: ${message}` }
            : current,
        );
      }
    },
    [db],
  );

  const reset = useCallback(() => {
    generation.current++;
    setRefusal(null);
    setPhase({ kind: 'idle' });
  }, []);

  return { phase, refusal, loadText, changeSeason, loadDropped, chooseFile, update, confirm, reset };
}
