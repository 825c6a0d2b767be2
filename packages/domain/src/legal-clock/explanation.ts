import { type CalendarEntry, type WorkCalendar } from './calendar.js';
import { describeDay, formatVietnamese, isWeekend, toDayNumber, type DayNumber } from './day-number.js';
import { confidenceMarkLabels, deadlineUnitLabels, type DeadlineRule } from './rules.js';

/** What the computation saw, in the order it happened; rendered into Vietnamese steps below. */
export interface DeadlineTrace {
  readonly rule: DeadlineRule;
  readonly start: DayNumber;
  readonly baseDays: number;
  /** Describes the variant used ("vụ việc phức tạp"…), or why a flag changed nothing. */
  readonly variantNotes: readonly string[];
  readonly extensions: number;
  readonly totalDays: number;
  /** Working-day rules: every day visited. Calendar rules: the days skipped while rolling forward. */
  readonly visited: readonly { day: DayNumber; working: boolean }[];
  /** Calendar rules: start + totalDays, before any roll-forward. */
  readonly lastDay: DayNumber;
  readonly due: DayNumber;
}

const CIVIL_CODE = 'Bộ luật Dân sự 2015';

/** Reason per day, keyed `day * 2 + (make-up ? 1 : 0)`; cached per entries array like the calendar index. */
const reasonCache = new WeakMap<readonly CalendarEntry[], { length: number; byDay: Map<number, string> }>();

function reasonsByDay(entries: readonly CalendarEntry[]): Map<number, string> {
  const hit = reasonCache.get(entries);
  if (hit && hit.length === entries.length) return hit.byDay;
  const byDay = new Map<number, string>();
  for (const entry of entries) {
    const key = toDayNumber(entry.date) * 2 + (entry.kind === 'make_up' ? 1 : 0);
    if (!byDay.has(key)) byDay.set(key, entry.reason);
  }
  reasonCache.set(entries, { length: entries.length, byDay });
  return byDay;
}

/** Reasons for days off and make-up days, read from the calendar's annotations when it has them. */
function reasonLookup(cal: WorkCalendar): (day: DayNumber, working: boolean) => string {
  return (day, working) => {
    const named = cal.entries ? reasonsByDay(cal.entries).get(day * 2 + (working ? 1 : 0)) : undefined;
    if (named) return named;
    if (working) return 'ngày làm bù theo lịch làm việc';
    return isWeekend(day) ? 'nghỉ hằng tuần' : 'ngày nghỉ theo lịch làm việc';
  };
}

function daysPhrase(days: number, unit: DeadlineRule['unit']): string {
  return `${days} ${deadlineUnitLabels[unit]}`;
}

export function explainDeadline(trace: DeadlineTrace, cal: WorkCalendar): string[] {
  const { rule, start, due } = trace;
  const reasonOf = reasonLookup(cal);
  const validity = rule.effectiveTo
    ? `từ ${formatVietnamese(toDayNumber(rule.effectiveFrom))} đến ${formatVietnamese(toDayNumber(rule.effectiveTo))}`
    : `từ ${formatVietnamese(toDayNumber(rule.effectiveFrom))}`;
  const steps: string[] = [
    `Quy định áp dụng: ${rule.label} — ${rule.basis}.`,
    `Phiên bản quy định có hiệu lực ${validity}, áp dụng vì ngày bắt đầu nằm trong thời gian hiệu lực này; mức tin cậy của nguồn: ${rule.confidence} (${confidenceMarkLabels[rule.confidence]}).`,
    `Ngày bắt đầu (${rule.startEvent.charAt(0).toLowerCase()}${rule.startEvent.slice(1)}): ${describeDay(start)}.`,
    `Không tính ngày bắt đầu; thời hạn được tính từ ngày tiếp theo, ${describeDay(start + 1)} (${CIVIL_CODE}, Điều 147).`,
  ];

  let length = `Thời hạn: ${daysPhrase(trace.baseDays, rule.unit)}`;
  if (trace.variantNotes.length > 0) length += ` (${trace.variantNotes.join('; ')})`;
  steps.push(`${length}.`);
  if (trace.extensions > 0) {
    steps.push(
      `Gia hạn ${trace.extensions} lần × ${daysPhrase(rule.extensionDays, rule.unit)}; tổng cộng ${daysPhrase(trace.totalDays, rule.unit)}.`,
    );
  }

  if (rule.unit === 'working') {
    steps.push('Đơn vị: ngày làm việc — đếm từ thứ Hai đến thứ Sáu, bỏ qua ngày nghỉ lễ, tết, nghỉ bù; ngày làm bù được tính.');
    let skipped = 0;
    for (const { day, working } of trace.visited) {
      if (!working) {
        skipped++;
        steps.push(`Bỏ qua ${describeDay(day)}: ${reasonOf(day, false)}.`);
      } else if (isWeekend(day)) {
        steps.push(`Tính ${describeDay(day)} là ngày làm việc: ${reasonOf(day, true)}.`);
      }
    }
    steps.push(
      `Đếm đủ ${daysPhrase(trace.totalDays, rule.unit)} (bỏ qua ${skipped} ngày nghỉ): ngày làm việc thứ ${trace.totalDays} là ${describeDay(due)}.`,
    );
  } else {
    steps.push('Đơn vị: ngày — đếm liên tục theo dương lịch, kể cả ngày nghỉ.');
    steps.push(`Cộng ${daysPhrase(trace.totalDays, rule.unit)}: ngày cuối cùng của thời hạn là ${describeDay(trace.lastDay)}.`);
    if (rule.rollToWorkingDay === false) {
      const lastOff = trace.visited.find((v) => v.day === trace.lastDay);
      steps.push(
        lastOff
          ? `Ngày cuối cùng là ngày nghỉ (${reasonOf(trace.lastDay, false)}) nhưng không chuyển sang ngày làm việc: đây là thời gian tính liên tục (ví dụ thời gian niêm yết), không phải thời hạn để thực hiện công việc.`
          : 'Thời hạn tính liên tục, không chuyển sang ngày làm việc.',
      );
    } else if (due !== trace.lastDay) {
      for (const { day } of trace.visited) steps.push(`${describeDay(day)} là ngày nghỉ: ${reasonOf(day, false)}.`);
      steps.push(
        `Ngày cuối cùng của thời hạn là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo: ${describeDay(due)} (${CIVIL_CODE}, Điều 148 khoản 5).`,
      );
    }
  }
  if (rule.note) steps.push(`Ghi chú: ${rule.note}`);
  steps.push(`Hạn: ${describeDay(due)}, đến hết 24 giờ (${CIVIL_CODE}, Điều 148 khoản 6).`);
  return steps;
}
