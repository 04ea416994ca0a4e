import type { SeasonRecord } from '../../db/records';

/** A labelled choice of stored season (the Season screen's header, the line-up panel). */
export function SeasonSelect({
  id,
  label,
  seasons,
  value,
  onChange,
}: {
  id: string;
  label: string;
  seasons: readonly Pick<SeasonRecord, 'id' | 'name'>[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {seasons.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
