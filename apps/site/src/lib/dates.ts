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

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/**
 * "2026-12-07" → "Thứ Hai, 07/12/2026". The weekday comes from the UTC day number
 * (1970-01-01 was a Thursday), so no time zone is involved.
 */
export function formatIsoDateWithWeekday(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const dayNumber = Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
  const weekday = weekdayNames[(((dayNumber + 4) % 7) + 7) % 7];
  return `${weekday}, ${formatIsoDate(isoDate)}`;
}

/** Today's date in Vietnam (YYYY-MM-DD). */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDateOf(now.toISOString()) ?? now.toISOString().slice(0, 10);
}

/** The year in Vietnam now, e.g. for "this year's figures". */
export const currentYearInVietnam = (now: Date = new Date()): number => Number(todayInVietnam(now).slice(0, 4));
