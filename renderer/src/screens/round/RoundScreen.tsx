import { useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Round, ScheduleStatus } from '../../../../shared/domain/types';
import { compileLeague, entryNamer, explainRace, leagueCups } from '../../../../shared/scoring';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { NoLeagueState } from '../../components/NoLeagueState';
import { useCurrentSeason } from '../../hooks/useSeason';
import { useActiveLeague } from '../../hooks/useActiveLeague';
import { useLeagueData, type LeagueData } from '../../hooks/useLeagueData';
import { useNow } from '../../hooks/useNow';
import { db } from '../../db';
import { setActiveMember } from '../../db/leagues';
import { lockMembers } from '../../db/pins';
import type { MemberRecord, PickRecord } from '../../db/records';
import { cupEntries } from '../../lib/season-lookup';
import { formatDateRange, formatPlace } from '../../lib/format';
import { MemberSwitch } from './MemberSwitch';
import { JokerControl } from './JokerControl';
import { RaceCard } from './RaceCard';
import { RoundSchedule } from './RoundSchedule';
import { openRoundId, raceLocked } from './visibility';
import { PassComputer, PinPanel, usePinState } from './HotSeat';
import { OwnerChoice } from '../settings/OwnerChoice';
import { useOwnerMember } from '../../hooks/useOwnerMember';
import { setOwnerMember } from '../../db/owner';
import { ReminderSettings } from '../../reminders/ReminderSettings';
import { StatusBadge } from '../../components/ChampionshipBadges';
import { LineUpPending } from '../../components/LineUpPending';
import { nothingToPick, nothingToPickText } from '../../lib/championship-labels';
import { namesCup } from '../../components/CupBadge';
import './round.css';

export function RoundScreen() {
  const { t } = useTranslation('round');
  const fallbackSeason = useCurrentSeason();
  const { league, member, loading } = useActiveLeague();
  const data = useLeagueData(league?.id);
  const now = useNow(1000);
  // A link may name the round to open (the demo opens on the round it is about).
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState<string | null>(params.get('round'));
  const season = data?.season ?? fallbackSeason;

  if (!season || loading || (league && data === undefined)) {
    return <div className="page" aria-busy="true" />;
  }
  const pinned = chosen !== null && season.rounds.some((r) => r.id === chosen) ? chosen : null;
  const cups = league ? leagueCups(league.rules) : undefined;
  const stored = new Set(data?.results.map((r) => r.raceId));
  const roundId = pinned ?? openRoundId(season, data?.league ?? null, now, (id) => stored.has(id), cups);
  // Pin the round on screen: when a race starts while the user watches, the view must not jump to the next round.
  if (pinned === null && roundId !== null) setChosen(roundId);
  const round = season.rounds.find((r) => r.id === roundId);

  return (
    <div className="page round-page">
      <PageHeader
        eyebrow={league ? `${league.name} · ${season.name}` : season.name}
        title={t('common:nav.round')}
        description={t('round:description')}
        actions={
          <div className="field">
            <label htmlFor="round-select">{t('round:roundSelect')}</label>
            <select id="round-select" value={roundId ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {season.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.status
                    ? t('round:roundOption', { name: r.name, status: statusWord(t, r.status) })
                    : r.name}
                </option>
              ))}
            </select>
          </div>
        }
      />
      {!league && <NoLeagueState why={t('round:noLeagueWhy')} />}
      {league && data && member === null && (
        <EmptyState
          title={t('round:noMembers.title')}
          link={{ to: '/league', label: t('round:noMembers.action') }}
        >
          {t('round:noMembers.body', { league: league.name })}
        </EmptyState>
      )}
      {round && (!league || !data) && (
        <>
          <RoundTitle round={round} />
          <LineUpPending season={season} cup="nations" eventName={round.name} />
          {nothingToPick(round) && <p className="muted">{nothingToPickText(t, round)}</p>}
          <RoundSchedule round={round} now={now} />
        </>
      )}
      {round && data && member && <LeagueRound data={data} round={round} member={member} now={now} />}
    </div>
  );
}

/** The lower-case status after a round's name in the round list. */
function statusWord(t: TFunction, status: ScheduleStatus): string {
  return status === 'cancelled' ? t('round:status.cancelled') : t('round:status.tba');
}

function RoundTitle({ round, children }: { round: Round; children?: ReactNode }) {
  return (
    <div className="round-title">
      <h2 id="round-title">{round.name}</h2>
      <span className="muted">
        {formatPlace(round)} · {formatDateRange(round.date, round.endDate)}
      </span>
      <StatusBadge status={round.status} />
      {children}
    </div>
  );
}

function LeagueRound({
  data,
  round,
  member,
  now,
}: {
  data: LeagueData;
  round: Round;
  member: MemberRecord;
  now: number;
}) {
  const { t } = useTranslation(['round', 'settings']);
  const { league, season, members, picks, results, hiddenPicks } = data;
  const cups = leagueCups(league.rules);
  const pins = usePinState(league.id);
  const owner = useOwnerMember(league.id);
  // Set while the computer goes from one member to the next (see PassComputer).
  const [passing, setPassing] = useState(false);
  const compiled = useMemo(
    () =>
      compileLeague({
        season,
        members,
        picks,
        ignoreLocks: league.replay === true,
        cups: leagueCups(league.rules),
      }),
    [season, members, picks, league.replay, league.rules],
  );
  const name = useMemo(() => entryNamer(season), [season]);
  // Only the league's cups: a Nations Cup league never sees a Manufacturers Cup race.
  const races = round.races.filter((race) => race.pickable && cups.includes(race.cup));
  const resultById = new Map(results.map((r) => [r.raceId, r] as const));
  const picksByRace = new Map<string, Map<string, PickRecord>>();
  for (const pick of picks) {
    const map = picksByRace.get(pick.raceId) ?? new Map<string, PickRecord>();
    map.set(pick.memberId, pick);
    picksByRace.set(pick.raceId, map);
  }
  const hiddenByRace = new Map<string, Set<string>>();
  for (const hidden of hiddenPicks) {
    const set = hiddenByRace.get(hidden.raceId) ?? new Set<string>();
    set.add(hidden.memberId);
    hiddenByRace.set(hidden.raceId, set);
  }
  const locked = (race: (typeof races)[number]) => raceLocked(race, league, now, resultById.has(race.id));
  const roundOfRace = new Map(season.rounds.flatMap((r) => r.races.map((race) => [race.id, r] as const)));
  const jokerPick = picks.find((p) => p.memberId === member.id && p.joker === true);
  const jokerRound = jokerPick ? (roundOfRace.get(jokerPick.raceId) ?? null) : null;
  const hasPickInRound = races.some((race) => picksByRace.get(race.id)?.has(member.id));
  const roundLocked = races.some(locked);
  const open = races.filter((race) => !locked(race));
  const missing = open.filter((race) => !picksByRace.get(race.id)?.has(member.id));
  const ownPicks = races.filter((race) => picksByRace.get(race.id)?.has(member.id)).length;
  if (pins === undefined) return null;
  const hasPin = pins.locked.has(member.id);
  const handover = passing || (hasPin && pins.unlocked !== member.id);

  return (
    <>
      {league.replay && (
        <div className="notice warn replay-banner" role="note">
          <strong>{t('round:replay.title')}</strong> {t('round:replay.body', { season: season.name })}
        </div>
      )}
      <section className="round-toolbar panel" aria-label={t('round:toolbar')}>
        <MemberSwitch
          members={members}
          activeId={member.id}
          onChange={(id) => {
            // Nothing of the last member's podium stays on screen or readable while the next one sits down.
            lockMembers(db, league.id);
            setPassing(true);
            void setActiveMember(db, id, league.id);
          }}
        />
        {league.rules.joker && !handover && (
          <JokerControl
            league={league}
            member={member}
            round={round}
            jokerRound={jokerRound ? { id: jokerRound.id, name: jokerRound.name } : null}
            hasPickInRound={hasPickInRound}
            roundLocked={roundLocked}
          />
        )}
      </section>
      {owner === null && (
        <div className="notice owner-ask compact-notice" role="note">
          <p>{t('settings:owner.ask', { league: league.name })}</p>
          <OwnerChoice
            members={members}
            value={null}
            onChange={(id) => void setOwnerMember(db, league.id, id)}
          />
        </div>
      )}
      {handover ? (
        <PassComputer league={league} member={member} hasPin={hasPin} onDone={() => setPassing(false)} />
      ) : (
        <PinPanel league={league} member={member} hasPin={hasPin} />
      )}
      {!handover && (
        <>
          <RoundTitle round={round}>
            <RoundPickBadge
              open={open.length}
              missing={missing.length}
              picked={ownPicks}
              total={races.length}
            />
          </RoundTitle>
          {cups
            .filter((cup) => races.some((race) => race.cup === cup))
            .map((cup) => (
              <LineUpPending key={cup} season={season} cup={cup} eventName={round.name} />
            ))}
          {races.length === 0 ? (
            <EmptyState title={t('round:nothingToPick.title')}>{nothingToPickText(t, round)}</EmptyState>
          ) : (
            <div className="race-grid">
              {races.map((race) => (
                <RaceCard
                  key={race.id}
                  league={league}
                  round={round}
                  race={race}
                  entries={cupEntries(season, race.cup, round.id)}
                  showCup={namesCup(race, cups)}
                  member={member}
                  members={members}
                  picks={picksByRace.get(race.id) ?? new Map()}
                  hiddenPickers={hiddenByRace.get(race.id) ?? new Set()}
                  hasResult={resultById.has(race.id)}
                  resultHidden={data.hiddenResults.includes(race.id)}
                  result={resultById.get(race.id) ?? null}
                  now={now}
                  name={name}
                  explain={(memberId) =>
                    explainRace(compiled, results, league.rules, memberId, race.id, name)
                  }
                />
              ))}
            </div>
          )}
        </>
      )}
      <ReminderSettings />
    </>
  );
}

/**
 * The member's state for the round: what is left to pick while races are
 * open; once every race is locked, how many podiums were picked — a locked
 * round without picks is not "all picked".
 */
function RoundPickBadge({
  open,
  missing,
  picked,
  total,
}: {
  open: number;
  missing: number;
  picked: number;
  total: number;
}) {
  const { t } = useTranslation('round');
  if (total === 0) return null;
  if (missing > 0) return <span className="badge warn">{t('round:toPickCount', { count: missing })}</span>;
  if (open > 0) return <span className="badge ok">{t('round:allPicked')}</span>;
  if (picked === 0) return <span className="badge">{t('round:lockedNoPicks')}</span>;
  return <span className="badge">{t('round:lockedPicked', { count: picked, total })}</span>;
}
