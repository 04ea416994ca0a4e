import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Cup, Season } from '../../../../../shared/domain/types';
import {
  defaultChoice,
  matchLineup,
  normalizeCountry,
  parseLineup,
  type KnownDriver,
  type LineupChoice,
  type LineupMode,
  type LineupOutcome,
  type LineupRow,
} from '../../../../../shared/lineup';
import { db } from '../../../db';
import { SeasonRewriteError } from '../../../db/seasons';
import type { SeasonRecord } from '../../../db/records';
import { countryName } from '../../../components/Flag';
import { useToast } from '../../../components/Toasts';
import { cupName } from '../../../i18n/terms';
import { commitCopiedEntryList, commitLineup, readKnownDrivers, undoLineup } from './lineup-db';
import { useLineupWords } from './lineup-words';
import { useUpdateWords } from './update-words';
import { SeasonSelect } from '../SeasonSelect';
import './lineup.css';
import { TableFrame } from '../../../components/TableFrame';

/** A line's choice key: the same line (number and text) keeps its answer while the rest is edited. */
const keyOf = (row: LineupRow) => `${row.line.lineNo}:${row.line.raw}`;

/** Select values for a line's choice. */
const NEW = '__new';
const SKIP = '__skip';
const UNSET = '';

interface Done {
  message: string;
  previous: Season;
}

/**
 * "Paste the line-up": choose season and cup, paste the line-up as fans copy
 * it, check each line (matched, new with its country, or flagged for a
 * choice), and save it to the cup's entry list in one step that can be
 * undone. Also copies an entry list from another season.
 */
export function LineupPanel({
  seasons,
  seasonId,
  cup,
  focusOnOpen,
  onSeasonChange,
  onCupChange,
  onClose,
}: {
  seasons: SeasonRecord[];
  seasonId: string;
  cup: Cup;
  focusOnOpen: boolean;
  onSeasonChange: (id: string) => void;
  onCupChange: (cup: Cup) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('season');
  const words = useLineupWords();
  const { rewrite } = useUpdateWords();
  const notify = useToast();
  const ids = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [mode, setMode] = useState<LineupMode>('replace');
  const [choices, setChoices] = useState<Record<string, LineupChoice | null>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const [copyFrom, setCopyFrom] = useState('');
  const known = useLiveQuery(() => readKnownDrivers(db), []);
  const record = seasons.find((s) => s.id === seasonId);
  const entries = record?.entryLists[cup] ?? [];

  useEffect(() => {
    if (focusOnOpen) textRef.current?.focus();
  }, [focusOnOpen]);

  const rows = useMemo(
    () => (known && cup === 'nations' ? matchLineup(parseLineup(text), known) : []),
    [text, known, cup],
  );
  const byId = useMemo(() => new Map((known ?? []).map((d) => [d.id, d])), [known]);
  const choiceOf = (row: LineupRow): LineupChoice | null => {
    const key = keyOf(row);
    return key in choices ? (choices[key] ?? null) : defaultChoice(row);
  };
  const setChoice = (row: LineupRow, choice: LineupChoice | null) =>
    setChoices((c) => ({ ...c, [keyOf(row)]: choice }));

  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const sources = seasons.filter((s) => s.id !== seasonId && s.entryLists[cup].length > 0);

  const finish = (outcome: LineupOutcome, previous: Season, what: string) => {
    const added = outcome.addedDrivers.length;
    const words = {
      what,
      entries: t('season:lineup.entries', { count: outcome.entries.length }),
      cup: cupName(t, cup),
      season: previous.name,
    };
    const message =
      added > 0
        ? t('season:lineup.doneAdded', { ...words, drivers: t('season:entries.drivers', { count: added }) })
        : t('season:lineup.done', words);
    setDone({ message, previous });
    setProblems([]);
    notify(message);
  };

  const failed = (error: unknown) => {
    if (error instanceof SeasonRewriteError) setProblems(error.problems.map((p) => rewrite(p, nameOf)));
    else setProblems([error instanceof Error ? error.message : String(error)]);
  };

  const save = async () => {
    setBusy(true);
    try {
      const outcome = await commitLineup(
        db,
        seasonId,
        rows.map((row) => ({ row, choice: choiceOf(row) })),
        mode,
      );
      if (!outcome.ok) {
        setProblems(outcome.problems.map((p) => words.problem(p, nameOf)));
        return;
      }
      finish(outcome.outcome, outcome.previous, t('season:lineup.saved'));
      setText('');
      setChoices({});
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!copyFrom) return;
    setBusy(true);
    try {
      const { outcome, previous } = await commitCopiedEntryList(db, seasonId, copyFrom, cup, mode);
      const source = seasons.find((s) => s.id === copyFrom)?.name ?? copyFrom;
      finish(outcome, previous, t('season:lineup.copiedFrom', { source }));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!done) return;
    setBusy(true);
    try {
      await undoLineup(db, done.previous);
      notify(t('season:lineup.undone', { season: done.previous.name }));
      setDone(null);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  // Replacing the list drops the entries no line names: say who before saving.
  const kept = new Set(
    rows.flatMap((r) => {
      const c = choiceOf(r);
      return c?.kind === 'driver' ? [c.driverId] : [];
    }),
  );
  const leaving = mode === 'replace' ? entries.filter((id) => !kept.has(id)) : [];

  const counts = {
    matched: rows.filter((r) => r.match.status === 'matched').length,
    added: rows.filter((r) => choiceOf(r)?.kind === 'new').length,
    open: rows.filter((r) => choiceOf(r) === null).length,
  };

  return (
    <section className="panel lineup-panel" aria-labelledby={`${ids}-title`}>
      <div className="panel-header">
        <h2 id={`${ids}-title`}>{t('season:tools.pasteLineup')}</h2>
        <button type="button" className="ghost small" onClick={onClose}>
          {t('season:lineup.close')}
        </button>
      </div>
      <div className="editor-grid">
        <SeasonSelect
          id={`${ids}-season`}
          label={t('season:lineup.season')}
          seasons={seasons}
          value={seasonId}
          onChange={onSeasonChange}
        />
        <div className="field">
          <label htmlFor={`${ids}-cup`}>{t('season:lineup.cup')}</label>
          <select id={`${ids}-cup`} value={cup} onChange={(e) => onCupChange(e.target.value as Cup)}>
            <option value="nations">{cupName(t, 'nations')}</option>
            <option value="manufacturers">{cupName(t, 'manufacturers')}</option>
          </select>
        </div>
        <fieldset className="lineup-mode">
          <legend>
            {t('season:lineup.listNow', {
              cup: cupName(t, cup),
              entries: t('season:lineup.entries', { count: entries.length }),
            })}
          </legend>
          <label className="check">
            <input
              type="radio"
              name={`${ids}-mode`}
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            {t('season:lineup.replace')}
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${ids}-mode`}
              checked={mode === 'add'}
              onChange={() => setMode('add')}
            />
            {t('season:lineup.add')}
          </label>
        </fieldset>
      </div>

      {done && (
        <div className="notice ok" role="status">
          {done.message}{' '}
          <button type="button" className="small" onClick={() => void undo()} disabled={busy}>
            {t('season:lineup.undo')}
          </button>
        </div>
      )}

      {cup === 'nations' ? (
        <>
          <label htmlFor={`${ids}-text`}>{t('season:lineup.text')}</label>
          <textarea
            id={`${ids}-text`}
            ref={textRef}
            className="lineup-text"
            rows={8}
            value={text}
            aria-describedby={`${ids}-hint`}
            placeholder={t('season:lineup.placeholder')}
            onChange={(e) => {
              setText(e.target.value);
              setProblems([]);
            }}
          />
          <p id={`${ids}-hint`} className="faint small-note">
            {t('season:lineup.hint')}
          </p>
        </>
      ) : (
        <p className="muted">{t('season:lineup.manufacturersHint')}</p>
      )}

      {rows.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {summaryText(t, rows.length, counts)}
            {leaving.length > 0 &&
              ` ${t('season:lineup.leaving', { names: leaving.map(nameOf).join(', ') })}`}
          </p>
          <TableFrame>
            <table className="lineup-preview" aria-label={t('season:lineup.previewLabel')}>
              <thead>
                <tr>
                  <th className="num">{t('season:lineup.head.line')}</th>
                  <th>{t('season:lineup.head.pasted')}</th>
                  <th>{t('season:lineup.head.driver')}</th>
                  <th>{t('season:lineup.head.country')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <LineupPreviewRow
                    key={keyOf(row)}
                    row={row}
                    choice={choiceOf(row)}
                    byId={byId}
                    onChoice={(choice) => setChoice(row, choice)}
                  />
                ))}
              </tbody>
            </table>
          </TableFrame>
        </>
      )}

      {problems.length > 0 && (
        <div className="notice error" role="alert">
          <strong>{t('season:lineup.notSaved')}</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      {cup === 'nations' && (
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={busy || rows.length === 0}
            onClick={() => void save()}
          >
            {mode === 'replace' ? t('season:lineup.saveReplace') : t('season:lineup.saveAdd')}
          </button>
        </div>
      )}

      <div className="lineup-copy row">
        <div className="field">
          <label htmlFor={`${ids}-copy`}>{t('season:lineup.copyLabel')}</label>
          <select id={`${ids}-copy`} value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
            <option value="">{t('season:lineup.chooseSeason')}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {t('season:lineup.sourceOption', {
                  name: s.name,
                  entries: t('season:lineup.entries', { count: s.entryLists[cup].length }),
                })}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={busy || !copyFrom} onClick={() => void copy()}>
          {t('season:lineup.copy')}
        </button>
      </div>
    </section>
  );
}

function LineupPreviewRow({
  row,
  choice,
  byId,
  onChoice,
}: {
  row: LineupRow;
  choice: LineupChoice | null;
  byId: ReadonlyMap<string, KnownDriver>;
  onChoice: (choice: LineupChoice | null) => void;
}) {
  const { t } = useTranslation('season');
  const words = useLineupWords();
  const { line, match } = row;
  const proposed =
    match.status === 'new'
      ? match.driver
      : {
          id: '',
          name: line.name,
          country: line.country ?? '',
          psnIds: line.psnId ? [line.psnId] : [],
          aliases: [],
        };
  const candidates = match.status === 'ambiguous' ? match.candidates : [];

  const select = (value: string) => {
    if (value === UNSET) onChoice(null);
    else if (value === SKIP) onChoice({ kind: 'skip' });
    else if (value === NEW) onChoice({ kind: 'new', driver: proposed });
    else onChoice({ kind: 'driver', driverId: value });
  };
  const selected =
    choice === null ? UNSET : choice.kind === 'skip' ? SKIP : choice.kind === 'new' ? NEW : choice.driverId;
  const chosen = choice?.kind === 'driver' ? byId.get(choice.driverId) : undefined;

  let status: string;
  if (match.status === 'matched') {
    const how = words.matchMethod(match.by);
    status = match.newPsnId
      ? t('season:lineup.status.knownNewPsn', { how, psn: match.newPsnId })
      : t('season:lineup.status.known', { how });
  } else if (match.status === 'new') status = t('season:lineup.status.new');
  else if (match.status === 'duplicate')
    status = t('season:lineup.status.duplicate', { line: match.firstLineNo });
  else status = words.ambiguity(match.reason);

  return (
    <tr className={choice === null ? 'needs-answer' : undefined}>
      <td className="num faint">{line.lineNo}</td>
      <td className="faint lineup-raw">{line.raw}</td>
      <td>
        {match.status === 'matched' && choice?.kind === 'driver' ? (
          <strong>{chosen?.name ?? match.driverId}</strong>
        ) : choice?.kind === 'new' ? (
          <input
            aria-label={t('season:lineup.nameOfNew', { line: line.lineNo })}
            value={choice.driver.name}
            onChange={(e) => onChoice({ kind: 'new', driver: { ...choice.driver, name: e.target.value } })}
          />
        ) : match.status !== 'ambiguous' && choice?.kind === 'driver' ? (
          <strong>{chosen?.name ?? choice.driverId}</strong>
        ) : null}
        {(match.status === 'ambiguous' || match.status === 'new' || choice?.kind === 'skip') && (
          <select
            aria-label={t('season:lineup.whoOn', { line: line.lineNo })}
            value={selected}
            onChange={(e) => select(e.target.value)}
            aria-invalid={choice === null}
          >
            {match.status === 'ambiguous' && <option value={UNSET}>{t('season:lineup.choose')}</option>}
            {candidates.map((id) => {
              const d = byId.get(id);
              return (
                <option key={id} value={id}>
                  {d ? `${d.name} (${d.country})` : id}
                </option>
              );
            })}
            <option value={NEW}>{t('season:lineup.someoneNew')}</option>
            <option value={SKIP}>{t('season:lineup.skip')}</option>
          </select>
        )}
        <div className="faint small-note">{status}</div>
      </td>
      <td>
        {choice?.kind === 'new' ? (
          <>
            <input
              aria-label={t('season:lineup.countryOfNew', { line: line.lineNo })}
              className="narrow-country"
              value={choice.driver.country}
              placeholder={t('season:lineup.countryPlaceholder')}
              aria-invalid={normalizeCountry(choice.driver.country) === null}
              onChange={(e) =>
                onChoice({ kind: 'new', driver: { ...choice.driver, country: e.target.value } })
              }
            />
            <div className="faint small-note">
              {normalizeCountry(choice.driver.country)
                ? countryName(normalizeCountry(choice.driver.country)!)
                : t('season:lineup.countryNeeded')}
            </div>
          </>
        ) : chosen ? (
          <span>{countryName(chosen.country)}</span>
        ) : null}
      </td>
    </tr>
  );
}

/** "12 lines: 10 known, 1 new driver, 1 to check." */
function summaryText(
  t: TFunction,
  lines: number,
  counts: { matched: number; added: number; open: number },
): string {
  const words = {
    lines: t('season:lineup.lines', { count: lines }),
    matched: counts.matched,
    added: t('season:lineup.newDrivers', { count: counts.added }),
  };
  return counts.open > 0
    ? t('season:lineup.summaryOpen', { ...words, open: counts.open })
    : t('season:lineup.summary', words);
}
