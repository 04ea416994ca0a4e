import { useEffect, useId, useMemo, useRef, useState } from 'react';
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
  type LineupProblem,
  type LineupRow,
} from '../../../../../shared/lineup';
import { db } from '../../../db';
import { SeasonRewriteError } from '../../../db/seasons';
import type { SeasonRecord } from '../../../db/records';
import { countryName } from '../../../components/Flag';
import { useToast } from '../../../components/Toasts';
import { countOf } from '../../../lib/format';
import { commitCopiedEntryList, commitLineup, readKnownDrivers, undoLineup } from './lineup-db';
import { AMBIGUITY, lineupProblemText, MATCH_METHOD } from './lineup-words';
import { rewriteText } from './update-words';
import './lineup.css';
import { TableFrame } from '../../../components/TableFrame';

const CUPS: Record<Cup, string> = { nations: 'Nations Cup', manufacturers: 'Manufacturers Cup' };

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
    const message = `${what}: ${countOf(outcome.entries.length, 'entry', 'entries')} on the ${CUPS[cup]} list of ${previous.name}${added > 0 ? `, ${countOf(added, 'driver')} added to the season` : ''}.`;
    setDone({ message, previous });
    setProblems([]);
    notify(message);
  };

  const failed = (error: unknown) => {
    if (error instanceof SeasonRewriteError) setProblems(error.problems.map((p) => rewriteText(p, nameOf)));
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
        setProblems(outcome.problems.map((p: LineupProblem) => lineupProblemText(p, nameOf)));
        return;
      }
      finish(outcome.outcome, outcome.previous, 'Line-up saved');
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
      finish(outcome, previous, `Entry list copied from ${source}`);
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
      notify(`${done.previous.name}: entry list put back as it was.`);
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
        <h2 id={`${ids}-title`}>Paste the line-up</h2>
        <button type="button" className="ghost small" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="editor-grid">
        <div className="field">
          <label htmlFor={`${ids}-season`}>Season</label>
          <select id={`${ids}-season`} value={seasonId} onChange={(e) => onSeasonChange(e.target.value)}>
            {seasons.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-cup`}>Cup</label>
          <select id={`${ids}-cup`} value={cup} onChange={(e) => onCupChange(e.target.value as Cup)}>
            <option value="nations">{CUPS.nations}</option>
            <option value="manufacturers">{CUPS.manufacturers}</option>
          </select>
        </div>
        <fieldset className="lineup-mode">
          <legend>
            The {CUPS[cup]} entry list now has {countOf(entries.length, 'entry', 'entries')}
          </legend>
          <label className="check">
            <input
              type="radio"
              name={`${ids}-mode`}
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            Replace it
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${ids}-mode`}
              checked={mode === 'add'}
              onChange={() => setMode('add')}
            />
            Add to it
          </label>
        </fieldset>
      </div>

      {done && (
        <div className="notice ok" role="status">
          {done.message}{' '}
          <button type="button" className="small" onClick={() => void undo()} disabled={busy}>
            Undo
          </button>
        </div>
      )}

      {cup === 'nations' ? (
        <>
          <label htmlFor={`${ids}-text`}>Line-up text</label>
          <textarea
            id={`${ids}-text`}
            ref={textRef}
            className="lineup-text"
            rows={8}
            value={text}
            aria-describedby={`${ids}-hint`}
            placeholder={'Spain – Jose Serrano (JoseSerrano_16)\n2. Kaj de Bruin (NL)\nTakuma Miyazono'}
            onChange={(e) => {
              setText(e.target.value);
              setProblems([]);
            }}
          />
          <p id={`${ids}-hint`} className="faint small-note">
            One driver per line, as race reports and forums write it: a table (country, driver, PSN ID), a
            numbered or dash list, “Country – Driver (PSN ID)”, “Driver (ES)” or just the name.
          </p>
        </>
      ) : (
        <p className="muted">Manufacturers Cup entries are teams: copy them from another season below.</p>
      )}

      {rows.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {countOf(rows.length, 'line')}: {counts.matched} known, {countOf(counts.added, 'new driver')}
            {counts.open > 0 ? `, ${counts.open} to check` : ''}.
            {leaving.length > 0 && ` Leaving the entry list: ${leaving.map(nameOf).join(', ')}.`}
          </p>
          <TableFrame>
            <table className="lineup-preview" aria-label="Line-up preview">
              <thead>
                <tr>
                  <th className="num">Line</th>
                  <th>Pasted</th>
                  <th>Driver</th>
                  <th>Country</th>
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
          <strong>Not saved:</strong>
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
            {mode === 'replace' ? 'Save as the entry list' : 'Add to the entry list'}
          </button>
        </div>
      )}

      <div className="lineup-copy row">
        <div className="field">
          <label htmlFor={`${ids}-copy`}>Copy the entry list from another season</label>
          <select id={`${ids}-copy`} value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
            <option value="">Choose a season…</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({countOf(s.entryLists[cup].length, 'entry', 'entries')})
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={busy || !copyFrom} onClick={() => void copy()}>
          Copy entry list
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
  const { line, match } = row;
  const label = `line ${line.lineNo}`;
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
    const notes = [MATCH_METHOD[match.by]];
    if (match.newPsnId) notes.push(`new PSN ID ${match.newPsnId} kept beside the old ones`);
    status = `Known driver, ${notes.join('; ')}`;
  } else if (match.status === 'new') status = 'New driver';
  else if (match.status === 'duplicate') status = `Already on line ${match.firstLineNo}: skipped`;
  else status = AMBIGUITY[match.reason];

  return (
    <tr className={choice === null ? 'needs-answer' : undefined}>
      <td className="num faint">{line.lineNo}</td>
      <td className="faint lineup-raw">{line.raw}</td>
      <td>
        {match.status === 'matched' && choice?.kind === 'driver' ? (
          <strong>{chosen?.name ?? match.driverId}</strong>
        ) : choice?.kind === 'new' ? (
          <input
            aria-label={`Name of the new driver on ${label}`}
            value={choice.driver.name}
            onChange={(e) => onChoice({ kind: 'new', driver: { ...choice.driver, name: e.target.value } })}
          />
        ) : match.status !== 'ambiguous' && choice?.kind === 'driver' ? (
          <strong>{chosen?.name ?? choice.driverId}</strong>
        ) : null}
        {(match.status === 'ambiguous' || match.status === 'new' || choice?.kind === 'skip') && (
          <select
            aria-label={`Who is on ${label}`}
            value={selected}
            onChange={(e) => select(e.target.value)}
            aria-invalid={choice === null}
          >
            {match.status === 'ambiguous' && <option value={UNSET}>Choose…</option>}
            {candidates.map((id) => {
              const d = byId.get(id);
              return (
                <option key={id} value={id}>
                  {d ? `${d.name} (${d.country})` : id}
                </option>
              );
            })}
            <option value={NEW}>Someone new</option>
            <option value={SKIP}>Skip this line</option>
          </select>
        )}
        <div className="faint small-note">{status}</div>
      </td>
      <td>
        {choice?.kind === 'new' ? (
          <>
            <input
              aria-label={`Country of the new driver on ${label}`}
              className="narrow-country"
              value={choice.driver.country}
              placeholder="ES or Spain"
              aria-invalid={normalizeCountry(choice.driver.country) === null}
              onChange={(e) =>
                onChoice({ kind: 'new', driver: { ...choice.driver, country: e.target.value } })
              }
            />
            <div className="faint small-note">
              {normalizeCountry(choice.driver.country)
                ? countryName(normalizeCountry(choice.driver.country)!)
                : 'Country needed'}
            </div>
          </>
        ) : chosen ? (
          <span>{countryName(chosen.country)}</span>
        ) : null}
      </td>
    </tr>
  );
}
