/** Timestamps are instants: shown in Vietnam time whatever the browser's zone. */
export const vietnamTimestamp = {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
} as const;
