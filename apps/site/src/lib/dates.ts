const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "2025-07-22" → "22/07/2025". Works on the string itself, so the server's time zone
 * can never move a legal date by a day. Anything else is returned unchanged.
 */
export function formatIsoDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

const vietnamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Vietnam (YYYY-MM-DD) of an ISO timestamp, or null if it is not one. */
export function vietnamDateOf(isoTimestamp: string): string | null {
  const instant = new Date(isoTimestamp);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = Object.fromEntries(vietnamDay.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** An ISO timestamp shown as its day in Vietnam: "2025-07-29T20:00:00Z" → "30/07/2025". */
export function formatInstantAsVietnamDate(isoTimestamp: string): string {
  const day = vietnamDateOf(isoTimestamp);
  return day ? formatIsoDate(day) : isoTimestamp;
}
