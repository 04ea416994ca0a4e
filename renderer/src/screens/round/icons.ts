/** SVG path data (24×24) for the round screen's icons. */
export const LOCK_ICON = 'M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4';
