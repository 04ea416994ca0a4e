import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Podium, Race, RaceResult, Round } from '../../../../shared/domain/types';
import type { PickerEntry } from '../../components/entry-search';
import { isGradable, type RaceExplanation } from '../../../../shared/scoring';
import { PartialBadge } from '../../components/ChampionshipBadges';
import { PodiumPicker } from '../../components/PodiumPicker';
import { raceTitle } from '../../components/CupBadge';
import { formatDuration } from '../../components/Countdown';
import { Icon } from '../../components/Icon';
import { LOCK_ICON } from './icons';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import type { LeagueRecord, MemberRecord, PickRecord } from '../../db/records';
import { savePick, undoLastChange } from '../../db/picks';
import { readDraft, saveDraft } from '../../db/drafts';
import { unlessLockedOut } from '../../db/pins';
import { revealResults } from '../../db/reveals';
import { formatDateTime, formatTime } from '../../lib/format';
import { activeLanguage } from '../../i18n/setup';
import { OthersPicks } from './OthersPicks';
import { RaceHeading } from './RaceHeading';
import { PickHistory } from './PickHistory';
import { PickPoints } from './PickPoints';
import { useErrorMessage } from './messages';
import { othersVisible, raceLocked } from './visibility';

const formatShort = (iso: string) =>
  new Intl.DateTimeFormat(activeLanguage(), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

export interface RaceCardProps {
  league: LeagueRecord;
  round: Round;
  race: Race;
  entries: PickerEntry[];
  member: MemberRecord | null;
  members: MemberRecord[];
  picks: Map<string, PickRecord>;
  /** Members whose pick exists but is hidden from this tab by their PIN. */
  hiddenPickers?: ReadonlySet<string>;
  hasResult: boolean;
  /** Replay: a result is stored but not revealed to the league yet. */
  resultHidden?: boolean;
  /** The stored result, to say when it is partial. */
  result?: RaceResult | null;
  now: number;
  name: (id: string) => string;
  explain: (memberId: string) => RaceExplanation;
  /** Name the race's cup on the card (a Manufacturers Cup race, or a league with both cups). */
  showCup?: boolean;
}

function LockBadge({
  race,
  league,
  now,
  locked,
}: {
  race: Race;
  league: LeagueRecord;
  now: number;
  locked: boolean;
}) {
  const { t } = useTranslation('round');
  const left = Date.parse(race.startsAt) - now;
  if (league.replay && !locked) return <span className="badge warn">{t('round:card.replayOpen')}</span>;
  if (locked)
    return (
      <span className="badge lock">
        <Icon d={LOCK_ICON} className="inline-icon" /> {t('round:card.locked')}
      </span>
    );
  return (
    <span
      className="badge ok"
      role="timer"
      aria-label={t('round:card.locksIn', { duration: formatDuration(left) })}
    >
      {t('round:card.locksIn', { duration: formatDuration(left) })}
    </span>
  );
}

/** One pickable race: facts, lock countdown, the member's podium picker, points and the others' picks. */
export function RaceCard(props: RaceCardProps) {
  const {
    league,
    round,
    race,
    entries,
    member,
    members,
    picks,
    hasResult,
    result,
    now,
    name,
    explain,
    showCup,
  } = props;
  const hiddenPickers = props.hiddenPickers ?? new Set<string>();
  const { t } = useTranslation('round');
  const notify = useToast();
  const errorMessage = useErrorMessage();
  const locked = raceLocked(race, league, now, hasResult);
  const own = member ? picks.get(member.id) : undefined;
  const key = member ? { leagueId: league.id, memberId: member.id, raceId: race.id } : null;
  // undefined while loading: the picker waits for it, so a half-made podium is never shown empty first.
  // Tagged with its member, so a switch never shows the previous member's draft for a render.
  const loadedDraft = useLiveQuery(
    async () =>
      key
        ? { memberId: key.memberId, slots: (await unlessLockedOut(readDraft(db, key), null))?.slots ?? null }
        : null,
    [league.id, member?.id, race.id],
  );
  const draft =
    loadedDraft === undefined || (loadedDraft && loadedDraft.memberId !== member?.id)
      ? undefined
      : (loadedDraft?.slots ?? null);
  // Draft and pick writes run one after the other: a draft written after the pick that
  // completed it would come back on the next visit as a half-empty podium.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const inOrder = <T,>(write: () => Promise<T>): Promise<T> => {
    const next = writes.current.then(write, write);
    writes.current = next.catch(() => undefined);
    return next;
  };
  const keepDraft = (slots: readonly (string | null)[]) => {
    if (!key || slots.every((id) => id !== null)) return;
    inOrder(() => saveDraft(db, key, slots)).catch((error: unknown) => notify(errorMessage(error), 'error'));
  };

  const commit = async (podium: Podium, basedOn: Podium | null) => {
    if (!key) return;
    try {
      await inOrder(() => savePick(db, key, podium, { basedOn }));
      notify(
        t('round:card.saved', {
          name: member?.name,
          race: raceTitle(t, race),
          podium: podium.map(name).join(', '),
        }),
      );
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };
  const undo = async () => {
    if (!key) return;
    try {
      await undoLastChange(db, key);
      notify(t('round:card.undone', { race: raceTitle(t, race) }), 'info');
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };

  const visible = othersVisible(race, league, now, hasResult);
  const ownExplanation = member && hasResult ? explain(member.id) : null;
  return (
    <article className={`panel race-card${locked ? ' locked' : ''}`} aria-labelledby={`race-${race.id}`}>
      <header className="race-card-header">
        <RaceHeading race={race} id={`race-${race.id}`} showCup={showCup ?? false} />
        <LockBadge race={race} league={league} now={now} locked={locked} />
      </header>
      {props.resultHidden && !locked && (
        <div className="notice result-hidden" role="note">
          <p>{t('round:blind.hidden')}</p>
          <button
            type="button"
            className="small"
            onClick={() =>
              void revealResults(db, league.id, [race.id]).catch((error: unknown) =>
                notify(errorMessage(error), 'error'),
              )
            }
          >
            {t('round:blind.reveal')}
          </button>
        </div>
      )}
      {result?.partial && (
        <p className="notice warn partial-result" role="note">
          {t('round:card.result')} <PartialBadge result={result} />{' '}
          {isGradable(result) ? t('round:card.partialGraded') : t('round:card.partialUngraded')}
        </p>
      )}
      <dl className="race-times">
        <div>
          <dt>{t('round:card.yourTime')}</dt>
          <dd>
            <time dateTime={race.startsAt}>{formatDateTime(race.startsAt)}</time>
            {race.startsAtEstimate && <span className="faint"> {t('round:card.estimated')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('round:card.venueTime', { city: round.city })}</dt>
          <dd>{formatTime(race.startsAt, round.timeZone)}</dd>
        </div>
      </dl>

      {member && key ? (
        <section className="own-pick" aria-label={t('round:card.ownPick', { name: member.name })}>
          <div className="own-pick-header">
            <h4>
              {t('round:card.ownPodium', { name: member.name })}
              {own?.joker && <span className="badge accent">{t('round:card.jokerDouble')}</span>}
            </h4>
            {draft && !locked ? (
              <span className="badge warn draft-badge">{t('round:draft.badge')}</span>
            ) : own ? (
              <span className="saved-indicator" aria-live="polite">
                <span aria-hidden="true">{'✓'}</span>{' '}
                {locked
                  ? t('round:card.pickedAt', { date: formatShort(own.madeAt) })
                  : t('round:card.savedAt', { date: formatShort(own.madeAt) })}
              </span>
            ) : (
              !locked && <span className="badge warn">{t('round:card.toPick')}</span>
            )}
          </div>
          {draft !== undefined && (
            <PodiumPicker
              key={member.id}
              label={raceTitle(t, race)}
              entries={entries}
              value={own?.podium ?? null}
              initialDraft={locked ? null : draft}
              disabled={locked}
              onCommit={(podium, basedOn) => void commit(podium, basedOn)}
              onDraft={keepDraft}
            />
          )}
          {draft && !locked && (
            <p className="notice warn draft-note" role="note">
              {own ? t('round:draft.replacing') : t('round:draft.notCounted')}
            </p>
          )}
          {locked && !own && <p className="faint">{t('round:card.noPickMade')}</p>}
          {ownExplanation && <PickPoints explanation={ownExplanation} who={member.name} />}
          <PickHistory pickKey={key} name={name} locked={locked} onUndo={() => void undo()} />
        </section>
      ) : null}

      <OthersPicks
        race={race}
        others={members.filter((m) => m.id !== member?.id)}
        picks={picks}
        hiddenPickers={hiddenPickers}
        visible={visible}
        hiddenReason={league.replay ? t('round:others.hiddenReplay') : t('round:others.hiddenUntilLock')}
        name={name}
        explain={explain}
      />
    </article>
  );
}
