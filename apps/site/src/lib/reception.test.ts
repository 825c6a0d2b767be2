import { describe, expect, it } from 'vitest';
import { formatTimeRange, type ReceptionSession, ReceptionScheduleSchema, splitSessions } from './reception';

const session = (date: string, startTime = '08:00'): ReceptionSession => ({
  date,
  startTime,
  endTime: '11:00',
  place: 'Trụ sở Sở Nội vụ',
  hostName: 'Nguyễn Văn A',
  hostTitle: 'Giám đốc Sở',
  kind: 'periodic',
  note: null,
  isCancelled: false,
  cancelReason: null,
});

describe('splitSessions', () => {
  it('lists upcoming sessions soonest first, today included, then recent ones latest first', () => {
    const all = [session('2026-11-10'), session('2026-12-15'), session('2026-11-30', '14:00'), session('2026-11-30'), session('2026-10-12')];
    const { upcoming, recent } = splitSessions(all, '2026-11-30');
    expect(upcoming.map((s) => `${s.date} ${s.startTime}`)).toEqual(['2026-11-30 08:00', '2026-11-30 14:00', '2026-12-15 08:00']);
    expect(recent.map((s) => s.date)).toEqual(['2026-11-10', '2026-10-12']);
  });

  it('keeps only the most recent past sessions', () => {
    const past = ['2026-01-05', '2026-02-05', '2026-03-05'].map((d) => session(d));
    expect(splitSessions(past, '2026-11-30', 2).recent.map((s) => s.date)).toEqual(['2026-03-05', '2026-02-05']);
  });
});

describe('formatTimeRange', () => {
  it('shows hours and minutes only', () => {
    expect(formatTimeRange('08:00:00', '11:30:00')).toBe('08:00–11:30');
    expect(formatTimeRange('14:00', null)).toBe('từ 14:00');
  });
});

describe('ReceptionScheduleSchema', () => {
  it('refuses a session with a date that is not YYYY-MM-DD', () => {
    const bad = { regular: [], sessions: [{ ...session('2026-11-30'), date: '30/11/2026' }], updatedAt: null };
    expect(ReceptionScheduleSchema.safeParse(bad).success).toBe(false);
    expect(ReceptionScheduleSchema.safeParse({ ...bad, sessions: [session('2026-11-30')] }).success).toBe(true);
  });
});
