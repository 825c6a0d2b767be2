import { type CalendarEntry } from './calendar.js';

/**
 * Published holiday schedules for officials (công chức, viên chức), from the domain brief §3.
 * Only weekday days off are listed: Saturdays and Sundays inside a holiday break are off anyway.
 * Every entry is data an administrator can correct in the back office; the marks in `source`
 * say how far each year was verified.
 */

const SOURCE_2024 = 'Lịch nghỉ chính thức 2024 (chưa xác minh [U], cần đối chiếu thông báo của Bộ LĐ-TB&XH)';
const SOURCE_2025 = 'Lịch nghỉ chính thức 2025 (nguồn thứ cấp [S], cần đối chiếu thông báo của Bộ LĐ-TB&XH)';
const SOURCE_2026 = 'Lịch nghỉ chính thức 2026 (cần đối chiếu thông báo của Bộ Nội vụ)';

const TET_DUONG_LICH = 'Tết Dương lịch';
const TET_NGUYEN_DAN = 'Tết Nguyên đán';
const HUNG_VUONG = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const CHIEN_THANG = 'Ngày Chiến thắng (30/4)';
const LAO_DONG = 'Ngày Quốc tế Lao động (01/5)';
const QUOC_KHANH = 'Quốc khánh (02/9)';
const QUOC_KHANH_ADJACENT = 'Quốc khánh (ngày liền kề 02/9)';

const off = (date: string, reason: string, source: string): CalendarEntry => ({ date, kind: 'day_off', reason, source });
const makeUp = (date: string, reason: string, source: string): CalendarEntry => ({ date, kind: 'make_up', reason, source });

export const officialCalendarEntries: Readonly<Record<number, readonly CalendarEntry[]>> = {
  2024: [
    off('2024-01-01', TET_DUONG_LICH, SOURCE_2024),
    // Tết Giáp Thìn: Thứ Năm 08/02 (28 tháng Chạp) to Thứ Tư 14/02 (mùng 5).
    ...['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'].map((d) => off(d, TET_NGUYEN_DAN, SOURCE_2024)),
    off('2024-04-18', HUNG_VUONG, SOURCE_2024),
    // 27/4–01/5: Monday 29/4 swapped for Saturday 04/5.
    off('2024-04-29', 'Nghỉ hoán đổi dịp 30/4–01/5 (làm bù thứ Bảy 04/05/2024)', SOURCE_2024),
    off('2024-04-30', CHIEN_THANG, SOURCE_2024),
    off('2024-05-01', LAO_DONG, SOURCE_2024),
    makeUp('2024-05-04', 'Làm bù cho ngày nghỉ hoán đổi thứ Hai 29/04/2024', SOURCE_2024),
    // 31/8–03/9: the adjacent day was Tuesday 03/9.
    off('2024-09-02', QUOC_KHANH, SOURCE_2024),
    off('2024-09-03', QUOC_KHANH_ADJACENT, SOURCE_2024),
  ],
  2025: [
    off('2025-01-01', TET_DUONG_LICH, SOURCE_2025),
    // Tết Ất Tỵ: 25/01 (Saturday) to 02/02 (Sunday), nine days.
    ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) => off(d, TET_NGUYEN_DAN, SOURCE_2025)),
    off('2025-04-07', HUNG_VUONG, SOURCE_2025),
    // 30/4–04/5: Friday 02/5 swapped for Saturday 26/4.
    makeUp('2025-04-26', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/05/2025', SOURCE_2025),
    off('2025-04-30', CHIEN_THANG, SOURCE_2025),
    off('2025-05-01', LAO_DONG, SOURCE_2025),
    off('2025-05-02', 'Nghỉ hoán đổi dịp 30/4–01/5 (làm bù thứ Bảy 26/04/2025)', SOURCE_2025),
    // 30/8–02/9: the adjacent day was Monday 01/9.
    off('2025-09-01', QUOC_KHANH_ADJACENT, SOURCE_2025),
    off('2025-09-02', QUOC_KHANH, SOURCE_2025),
  ],
  2026: [
    off('2026-01-01', TET_DUONG_LICH, SOURCE_2026),
    // Tết Bính Ngọ: 14/02 (Saturday) to 22/02 (Sunday); mùng 1 is Tuesday 17/02.
    ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => off(d, TET_NGUYEN_DAN, SOURCE_2026)),
    // 10/3 âm lịch is Sunday 26/4, so the compensatory day is the next Monday (BLLĐ 2019 Đ111.3).
    off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026 trùng Chủ nhật)', SOURCE_2026),
    off('2026-04-30', CHIEN_THANG, SOURCE_2026),
    off('2026-05-01', LAO_DONG, SOURCE_2026),
    off('2026-09-01', QUOC_KHANH_ADJACENT, SOURCE_2026),
    off('2026-09-02', QUOC_KHANH, SOURCE_2026),
  ],
};
