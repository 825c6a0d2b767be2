import { earliestAnnouncedDate, isWorkingDay, shiftDate, todayInVietnam, type IsoDate } from '@kntc/domain';
import type { Db } from '../client.js';
import { loadCalendar } from '../queries/legal-clock.js';
import { receptionSessions, regularReceptionHours } from '../schema/reception.js';
import { stableUuid } from './random.js';

/** The director receives citizens on this day of each month (moved to the next working day when off). */
export const DEMO_RECEPTION_DAY_OF_MONTH = 15;
const PLACE = 'Phòng Tiếp công dân, trụ sở Sở Nội vụ tỉnh Kon Tum';

/**
 * The demo agency's regular reception place and hours, and the director's periodic reception for
 * the next three months counted from `today` (Vietnamese date): only days the schedule can still
 * be announced in time for (5 working days ahead, Luật TCD Đ24.4), published now. Ids derive from
 * the date, so seeding again the same day changes nothing and a later day adds only new months.
 */
export async function seedDemoReception(tx: Db, params: { agencyId: string; hostUserId: string; today?: IsoDate; now?: Date }) {
  const now = params.now ?? new Date();
  const today = params.today ?? todayInVietnam(now);
  const year = Number(today.slice(0, 4));
  const calendar = await loadCalendar(tx, year, year + 1);
  const earliest = earliestAnnouncedDate(today, calendar);

  await tx
    .insert(regularReceptionHours)
    .values({
      id: stableUuid('reception:regular'),
      agencyId: params.agencyId,
      place: PLACE,
      days: 'Từ thứ Hai đến thứ Sáu hằng tuần (trừ ngày nghỉ lễ, Tết)',
      hours: 'Sáng từ 7 giờ 00 đến 11 giờ 00; chiều từ 13 giờ 00 đến 17 giờ 00',
      note: 'Công chức Thanh tra Sở tiếp công dân thường xuyên.',
      sortOrder: 10,
    })
    .onConflictDoNothing();

  const sessions: IsoDate[] = [];
  for (let month = 0; sessions.length < 3 && month < 6; month++) {
    const m = Number(today.slice(5, 7)) - 1 + month;
    let day = `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(DEMO_RECEPTION_DAY_OF_MONTH).padStart(2, '0')}`;
    while (!isWorkingDay(day, calendar)) day = shiftDate(day, 1);
    if (day >= earliest) sessions.push(day);
  }
  await tx
    .insert(receptionSessions)
    .values(
      sessions.map((date) => ({
        id: stableUuid(`reception:periodic:${date}`),
        agencyId: params.agencyId,
        date,
        startTime: '07:30',
        endTime: '11:00',
        place: PLACE,
        hostName: 'Trần Quốc Bảo',
        hostTitle: 'Giám đốc Sở Nội vụ',
        hostUserId: params.hostUserId,
        kind: 'periodic' as const,
        note: 'Công dân mang theo giấy tờ tùy thân và tài liệu liên quan đến nội dung trình bày.',
        publishedAt: now,
      })),
    )
    .onConflictDoNothing();
}
