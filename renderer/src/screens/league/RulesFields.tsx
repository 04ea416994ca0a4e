import { useId } from 'react';
import {
  PRESET_IDS,
  PRESETS,
  maxRaceScore,
  type PresetId,
  type PresetNumbers,
  type ScoringRules,
} from '../../../../shared/scoring';
import '../../styles/league-forms.css';

const PRESET_TEXT: Record<PresetId, string> = {
  classic: '3 for an exact slot, 1 for a driver on the podium in another slot, +2 when all three are exact.',
  proximity:
    '3 exact, 1 when one place away (P4 counts for P3); +10 all exact, else +5 for the same three drivers.',
  distance: '25-18-15-12-10-8-6-4-2-1 by how far each driver finished from the slot.',
};

const NUMBER_FIELDS: {
  key: Exclude<keyof PresetNumbers, 'distanceTable'>;
  label: string;
  presets: PresetId[];
}[] = [
  { key: 'exact', label: 'Exact slot', presets: ['classic', 'proximity'] },
  { key: 'onPodium', label: 'On the podium, other slot', presets: ['classic'] },
  { key: 'adjacent', label: 'One place away', presets: ['proximity'] },
  { key: 'perfectBonus', label: 'Perfect podium bonus', presets: ['classic', 'proximity', 'distance'] },
  { key: 'sameThreeBonus', label: 'Same three drivers bonus', presets: ['proximity'] },
];

function safeMax(rules: ScoringRules): number | null {
  try {
    return maxRaceScore(rules);
  } catch {
    return null;
  }
}

/** Preset, options and optional number overrides of a league's scoring rules. */
export function RulesFields({
  value,
  onChange,
}: {
  value: ScoringRules;
  onChange: (rules: ScoringRules) => void;
}) {
  const id = useId();
  const set = (patch: Partial<ScoringRules>) => onChange({ ...value, ...patch });
  const base = PRESETS[value.preset];
  const setOverride = (key: Exclude<keyof PresetNumbers, 'distanceTable'>, text: string) => {
    const overrides = { ...value.overrides };
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n === base[key]) delete overrides[key];
    else overrides[key] = n;
    set({ overrides: Object.keys(overrides).length ? overrides : undefined });
  };
  const max = safeMax(value);
  return (
    <div className="rules-fields">
      <div className="field">
        <label htmlFor={`${id}-preset`}>Scoring preset</label>
        <select
          id={`${id}-preset`}
          value={value.preset}
          onChange={(e) => set({ preset: e.target.value as PresetId, overrides: undefined })}
        >
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {p[0]!.toUpperCase() + p.slice(1)}
            </option>
          ))}
        </select>
        <span className="faint hint">
          {PRESET_TEXT[value.preset]}
          {max !== null && ` Up to ${max} points per race.`}
        </span>
      </div>
      <div className="options-grid">
        <label className="check">
          <input type="checkbox" checked={value.joker} onChange={(e) => set({ joker: e.target.checked })} />
          Joker: each member doubles one round per season
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={value.uniqueBonus}
            onChange={(e) => set({ uniqueBonus: e.target.checked })}
          />
          Unique bonus: an exact pick nobody else made scores double
        </label>
        <div className="field">
          <label htmlFor={`${id}-drop`}>Drop worst rounds</label>
          <input
            id={`${id}-drop`}
            type="number"
            min={0}
            max={10}
            value={value.dropWorst}
            onChange={(e) =>
              set({ dropWorst: Math.max(0, Math.min(10, Math.trunc(Number(e.target.value) || 0))) })
            }
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-missed`}>A missed race counts</label>
          <select
            id={`${id}-missed`}
            value={value.missedRace}
            onChange={(e) => set({ missedRace: e.target.value === 'lowest' ? 'lowest' : 'zero' })}
          >
            <option value="zero">Zero</option>
            <option value="lowest">The lowest score of the league on that race</option>
          </select>
        </div>
      </div>
      <details className="overrides">
        <summary>Change the preset&rsquo;s numbers (optional)</summary>
        <div className="options-grid">
          {NUMBER_FIELDS.filter((f) => f.presets.includes(value.preset)).map((field) => (
            <div className="field" key={field.key}>
              <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
              <input
                id={`${id}-${field.key}`}
                type="number"
                min={0}
                max={1000}
                value={value.overrides?.[field.key] ?? base[field.key]}
                onChange={(e) => setOverride(field.key, e.target.value)}
              />
            </div>
          ))}
        </div>
      </details>
    </div>
  );
}
