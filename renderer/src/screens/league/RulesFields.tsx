import { useId } from 'react';
import {
  PRESET_IDS,
  PRESETS,
  maxRaceScore,
  type PresetId,
  type PresetNumbers,
  type ScoringRules,
} from '../../../../shared/scoring';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import '../../styles/league-forms.css';
import { usePresetName } from './usePresetName';
import { leagueCups } from '../../../../shared/scoring';
import type { Cup } from '../../../../shared/domain/types';
import { cupName } from '../../i18n/terms';

/** The three choices of cups, each a value of `rules.cups`. */
const CUP_CHOICES = [
  { id: 'nations', cups: ['nations'] },
  { id: 'manufacturers', cups: ['manufacturers'] },
  { id: 'both', cups: ['nations', 'manufacturers'] },
] as const satisfies readonly { id: string; cups: readonly Cup[] }[];

/** Which championships the league predicts: Nations Cup (default), Manufacturers Cup or both. */
function CupsField({ value, onChange }: { value: ScoringRules; onChange: (cups: Cup[]) => void }) {
  const { t } = useTranslation('league');
  const name = useId();
  const current = leagueCups(value).join(',');
  return (
    <fieldset className="cups-field">
      <legend>{t('league:rules.cups.legend')}</legend>
      <div className="row">
        {CUP_CHOICES.map((choice) => (
          <label className="check" key={choice.id}>
            <input
              type="radio"
              name={name}
              value={choice.id}
              checked={choice.cups.join(',') === current}
              onChange={() => onChange([...choice.cups])}
            />
            {choice.id === 'both' ? t('league:rules.cups.both') : cupName(t, choice.id)}
          </label>
        ))}
      </div>
      <span className="faint hint">{t('league:rules.cups.hint')}</span>
    </fieldset>
  );
}

function presetText(t: TFunction, preset: PresetId): string {
  switch (preset) {
    case 'classic':
      return t('league:rules.presetText.classic');
    case 'proximity':
      return t('league:rules.presetText.proximity');
    case 'distance':
      return t('league:rules.presetText.distance');
  }
}

type NumberKey = Exclude<keyof PresetNumbers, 'distanceTable'>;

const NUMBER_FIELDS: { key: NumberKey; presets: PresetId[] }[] = [
  { key: 'exact', presets: ['classic', 'proximity'] },
  { key: 'onPodium', presets: ['classic'] },
  { key: 'adjacent', presets: ['proximity'] },
  { key: 'perfectBonus', presets: ['classic', 'proximity', 'distance'] },
  { key: 'sameThreeBonus', presets: ['proximity'] },
];

function numberLabel(t: TFunction, key: NumberKey): string {
  switch (key) {
    case 'exact':
      return t('league:rules.number.exact');
    case 'onPodium':
      return t('league:rules.number.onPodium');
    case 'adjacent':
      return t('league:rules.number.adjacent');
    case 'perfectBonus':
      return t('league:rules.number.perfectBonus');
    case 'sameThreeBonus':
      return t('league:rules.number.sameThreeBonus');
  }
}

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
  const { t } = useTranslation('league');
  const presetName = usePresetName();
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
      <CupsField value={value} onChange={(cups) => set({ cups })} />
      <div className="field">
        <label htmlFor={`${id}-preset`}>{t('league:rules.preset')}</label>
        <select
          id={`${id}-preset`}
          value={value.preset}
          onChange={(e) => set({ preset: e.target.value as PresetId, overrides: undefined })}
        >
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {presetName(p)}
            </option>
          ))}
        </select>
        <span className="faint hint">
          {presetText(t, value.preset)}
          {max !== null && ` ${t('league:rules.maxPerRace', { count: max })}`}
        </span>
      </div>
      <div className="options-grid">
        <label className="check">
          <input type="checkbox" checked={value.joker} onChange={(e) => set({ joker: e.target.checked })} />
          {t('league:rules.joker')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={value.uniqueBonus}
            onChange={(e) => set({ uniqueBonus: e.target.checked })}
          />
          {t('league:rules.uniqueBonus')}
        </label>
        <div className="field">
          <label htmlFor={`${id}-drop`}>{t('league:rules.dropWorst')}</label>
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
          <label htmlFor={`${id}-missed`}>{t('league:rules.missedRace')}</label>
          <select
            id={`${id}-missed`}
            value={value.missedRace}
            onChange={(e) => set({ missedRace: e.target.value === 'lowest' ? 'lowest' : 'zero' })}
          >
            <option value="zero">{t('league:rules.missedZero')}</option>
            <option value="lowest">{t('league:rules.missedLowest')}</option>
          </select>
        </div>
      </div>
      <details className="overrides">
        <summary>{t('league:rules.overrides')}</summary>
        <div className="options-grid">
          {NUMBER_FIELDS.filter((f) => f.presets.includes(value.preset)).map((field) => (
            <div className="field" key={field.key}>
              <label htmlFor={`${id}-${field.key}`}>{numberLabel(t, field.key)}</label>
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
