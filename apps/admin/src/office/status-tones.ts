/** How serious a status is; the words say it, the tone only supports them. */
export type StatusTone = 'danger' | 'warning' | 'success' | 'info' | 'neutral';

/**
 * Colours that keep WCAG AA contrast (4.5:1) for small text on white and on the page's grey: MUI's
 * own warning and info colours fall short, so each tone names its own shades. `background: null`
 * is an outlined chip on whatever is behind it.
 */
export const toneColors: Record<StatusTone, { text: string; background: string | null; border: string }> = {
  danger: { text: '#ffffff', background: '#b71c1c', border: '#b71c1c' },
  warning: { text: '#7a3500', background: '#fff3e0', border: '#e65100' },
  success: { text: '#1b5e20', background: null, border: '#2e7d32' },
  info: { text: '#01579b', background: null, border: '#0277bd' },
  neutral: { text: '#212121', background: null, border: '#757575' },
};
