/**
 * The shortcut modifier of the platform the app runs on: ⌘ (Meta) on macOS,
 * Ctrl elsewhere — in what the app shows, in what screen readers announce
 * and in which key the shortcuts listen to.
 */
export interface Modifier {
  /** Shown next to shortcuts: `⌘` or `Ctrl`. */
  label: string;
  /** For `aria-keyshortcuts`: `Meta` or `Control`. */
  aria: 'Meta' | 'Control';
  /** Whether a key event holds the modifier (and not the other one). */
  held(event: { ctrlKey: boolean; metaKey: boolean }): boolean;
}

/** The modifier for a platform string (`navigator.platform`, `navigator.userAgent`). */
export function modifierFor(platform: string): Modifier {
  return /Mac|iPhone|iPad/i.test(platform)
    ? { label: '⌘', aria: 'Meta', held: (e) => e.metaKey && !e.ctrlKey }
    : { label: 'Ctrl', aria: 'Control', held: (e) => e.ctrlKey && !e.metaKey };
}

/** The modifier of this machine. */
export const MODIFIER = modifierFor(
  typeof navigator === 'undefined' ? '' : `${navigator.platform} ${navigator.userAgent}`,
);
