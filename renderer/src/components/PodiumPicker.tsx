import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeLanguage } from '../i18n/setup';
import type { Podium } from '../../../shared/domain/types';
import { Flag } from './Flag';
import { areTeams, entryMeta, searchEntries, type PickerEntry } from './entry-search';
import './podium-picker.css';

type Draft = [string | null, string | null, string | null];
const SLOTS = [0, 1, 2] as const;

function isComplete(draft: Draft): draft is Podium {
  return draft.every((id) => id !== null);
}

function sameDraft(a: readonly (string | null)[], b: readonly (string | null)[]) {
  return a.every((id, i) => id === b[i]);
}

export interface PodiumPickerProps {
  /** What is being picked, for accessible names ("Grand Final"). */
  label: string;
  /** Drivers, or teams with their drivers (Manufacturers Cup). */
  entries: readonly PickerEntry[];
  /** The saved podium, or null. */
  value: Podium | null;
  /** A half-made podium to start from instead of `value` (read once, when the picker mounts). */
  initialDraft?: readonly (string | null)[] | null;
  /** Read-only (race locked). */
  disabled?: boolean;
  /**
   * Called as soon as the three slots hold three different drivers that
   * differ from `value`; `basedOn` is the stored podium the edit replaces
   * (the saved value shown, or this picker's own previous save).
   */
  onCommit: (podium: Podium, basedOn: Podium | null) => void;
  /** Called on every change of the slots, complete or not (a result entered by hand follows the draft). */
  onDraft?: (draft: readonly (string | null)[]) => void;
  /** What the slots hold, in accessible names and hints: "pick" (default) or "result". */
  noun?: 'pick' | 'result';
}

/**
 * Three slots (P1, P2, P3), each a searchable combobox over the entry list.
 * A complete podium is committed at once — there is no save button to forget.
 * Picking a driver already in another slot swaps the two, so nobody appears twice.
 */
export function PodiumPicker({
  label,
  entries,
  value,
  initialDraft,
  disabled,
  onCommit,
  onDraft,
  noun = 'pick',
}: PodiumPickerProps) {
  const { t } = useTranslation('picker');
  const saved: Draft = value ? [...value] : [null, null, null];
  const [draft, setDraft] = useState<Draft>(() =>
    initialDraft ? [initialDraft[0] ?? null, initialDraft[1] ?? null, initialDraft[2] ?? null] : saved,
  );
  const [base, setBase] = useState<Draft>(saved);
  const [announcement, setAnnouncement] = useState('');
  // The stored podium this picker's next save replaces: the last saved value it was shown, or its own last save.
  const [basis, setBasis] = useState<Podium | null>(value);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // A new saved value (an undo, another window, a change by the data layer) replaces the draft.
  if (!sameDraft(base, saved)) {
    setBase(saved);
    setDraft(saved);
    setBasis(value);
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const name = (id: string | null) => (id ? (byId.get(id)?.name ?? id) : '');

  const update = (next: Draft, message: string) => {
    setDraft(next);
    setAnnouncement(message);
    onDraft?.(next);
    if (isComplete(next) && !sameDraft(next, saved)) {
      const podium: Podium = [next[0], next[1], next[2]];
      onCommit(podium, basis);
      setBasis(podium);
    }
  };

  const choose = (slot: number, id: string) => {
    const next: Draft = [...draft];
    const other = next.indexOf(id);
    let message = t('picker:announce.picked', { name: name(id), slot: slot + 1 });
    if (other !== -1 && other !== slot) {
      next[other] = next[slot] ?? null;
      message = next[other]
        ? t('picker:announce.swapped', {
            name: name(id),
            slot: slot + 1,
            other: name(next[other]),
            otherSlot: other + 1,
          })
        : t('picker:announce.moved', { name: name(id), from: other + 1, slot: slot + 1 });
    }
    next[slot] = id;
    update(next, message);
    // Keyboard flow: after a choice, continue with the next empty slot.
    const nextEmpty = SLOTS.find((s) => next[s] === null);
    if (nextEmpty !== undefined) inputs.current[nextEmpty]?.focus();
  };

  const clear = (slot: number) => {
    if (draft[slot] === null) return;
    const next: Draft = [...draft];
    next[slot] = null;
    update(next, t('picker:announce.cleared', { slot: slot + 1 }));
  };

  const pending = !sameDraft(draft, saved);
  return (
    <div
      className={`podium-picker${disabled ? ' is-locked' : ''}`}
      role="group"
      aria-label={noun === 'pick' ? t('picker:group.pick', { label }) : t('picker:group.result', { label })}
    >
      <div className="podium-slots">
        {SLOTS.map((slot) => (
          <SlotCombobox
            key={slot}
            slot={slot}
            raceLabel={label}
            noun={noun}
            entries={entries}
            draft={draft}
            disabled={disabled === true}
            inputRef={(el) => {
              inputs.current[slot] = el;
            }}
            onChoose={(id) => choose(slot, id)}
            onClear={() => clear(slot)}
          />
        ))}
      </div>
      {!disabled && pending && !isComplete(draft) && (
        <p className="picker-hint warn">
          {value
            ? t('picker:hint.replace', { podium: value.map(name).join(', ') })
            : noun === 'pick'
              ? t('picker:hint.fillPick', { slots: emptySlots(draft) })
              : t('picker:hint.fillResult', { slots: emptySlots(draft) })}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** "P2 and P3", "P2 y P3", "P2・P3": the empty slots as a list in the chosen language. */
function emptySlots(draft: Draft): string {
  return new Intl.ListFormat(activeLanguage(), { type: 'conjunction' }).format(
    SLOTS.filter((s) => draft[s] === null).map((s) => `P${s + 1}`),
  );
}

export interface SlotProps {
  /** 0-based position: slot 3 is P4. */
  slot: number;
  raceLabel: string;
  entries: readonly PickerEntry[];
  /** "pick" or "result", for the accessible name ("P1 result for Grand Final"). */
  noun?: 'pick' | 'result';
  /** Entry id per slot; only `draft[slot]` is read. */
  draft: readonly (string | null)[];
  disabled: boolean;
  inputRef: (el: HTMLInputElement | null) => void;
  onChoose: (id: string) => void;
  onClear: () => void;
}

/** One position's searchable combobox; also used on its own for positions after P3 (results entered by hand). */
export function SlotCombobox({
  noun = 'pick',
  slot,
  raceLabel,
  entries,
  draft,
  disabled,
  inputRef,
  onChoose,
  onClear,
}: SlotProps) {
  const { t } = useTranslation('picker');
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  // A slot low in a small window would open its list below the screen's edge. (The DOM of the
  // unit tests has no scrolling, hence the check.)
  useEffect(() => {
    const list = listRef.current;
    if (open && list && 'scrollIntoView' in list && typeof list.scrollIntoView === 'function')
      list.scrollIntoView({ block: 'nearest' });
  }, [open]);
  const selected = draft[slot] ?? null;
  const selectedEntry = entries.find((e) => e.id === selected);
  const options = searchEntries(entries, query ?? '');
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;
  const position = slot + 1;
  const teams = areTeams(entries);
  const slotName =
    noun === 'pick'
      ? t('picker:slot.pick', { position, race: raceLabel })
      : t('picker:slot.result', { position, race: raceLabel });

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const pick = (entryId: string) => {
    close();
    onChoose(entryId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((a) => Math.min(a + 1, options.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (open) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : options.length - 1);
        }
        break;
      case 'Enter':
        if (open && activeOption) {
          event.preventDefault();
          pick(activeOption.id);
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          event.preventDefault();
          close();
        }
        break;
      case 'Backspace':
      case 'Delete':
        // With the list closed the field shows the chosen driver: the key clears the slot.
        if (!open && query === null && selected) {
          event.preventDefault();
          onClear();
        }
        break;
    }
  };

  if (disabled) {
    return (
      <div className={`podium-slot slot-${position} readonly`} aria-label={slotName}>
        <span className={`pos p${position}`} aria-hidden="true">
          {position}
        </span>
        {selectedEntry ? (
          <span className="slot-entry">
            <EntryFlag entry={selectedEntry} />
            <span className="slot-name">{selectedEntry.name}</span>
          </span>
        ) : (
          <span className="slot-entry faint">{t('picker:noPick')}</span>
        )}
      </div>
    );
  }

  return (
    <div className={`podium-slot slot-${position}${selected ? ' filled' : ''}`}>
      <label className="slot-label" htmlFor={`${id}-input`}>
        <span className={`pos p${position}`} aria-hidden="true">
          {position}
        </span>
        <span className="sr-only">{slotName}</span>
      </label>
      <div className="slot-field">
        {selectedEntry && query === null && <EntryFlag entry={selectedEntry} />}
        <input
          ref={inputRef}
          id={`${id}-input`}
          role="combobox"
          aria-label={slotName}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${id}-opt-${activeOption.id}` : undefined}
          aria-describedby={`${id}-help`}
          autoComplete="off"
          spellCheck={false}
          placeholder={
            teams ? t('picker:placeholderTeam', { position }) : t('picker:placeholder', { position })
          }
          value={query ?? selectedEntry?.name ?? ''}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(e) => e.target.select()}
          onBlur={close}
          onClick={() => setOpen((o) => !o)}
          onKeyDown={onKeyDown}
        />
        {selected && (
          <button
            type="button"
            className="ghost small slot-clear"
            aria-label={t('picker:clear', { slot: slotName })}
            tabIndex={-1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={onClear}
          >
            {'×'}
          </button>
        )}
      </div>
      <span id={`${id}-help`} className="sr-only">
        {t('picker:help')}
      </span>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={
          teams ? t('picker:listLabelTeam', { slot: slotName }) : t('picker:listLabel', { slot: slotName })
        }
        className="slot-options"
        hidden={!open}
      >
        {options.length === 0 && (
          <li className="slot-empty" role="option" aria-disabled="true" aria-selected="false">
            {teams ? t('picker:noMatchTeam', { query }) : t('picker:noMatch', { query })}
          </li>
        )}
        {options.map((entry, index) => {
          const elsewhere = draft.indexOf(entry.id);
          const isActive = activeOption?.id === entry.id;
          return (
            <li
              key={entry.id}
              id={`${id}-opt-${entry.id}`}
              role="option"
              aria-selected={isActive}
              className={`slot-option${isActive ? ' active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(entry.id)}
            >
              <EntryFlag entry={entry} />
              <span className="option-name">{entry.name}</span>
              <span className="option-meta faint">{entryMeta(entry)}</span>
              {elsewhere !== -1 && elsewhere !== slot && (
                <span className="badge">{t('picker:inSlot', { slot: elsewhere + 1 })}</span>
              )}
              {elsewhere === slot && <span className="badge ok">{t('picker:current')}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A driver's country badge; a team has none (its drivers come from several countries). */
function EntryFlag({ entry }: { entry: PickerEntry }) {
  return entry.drivers ? null : <Flag country={entry.country} />;
}
