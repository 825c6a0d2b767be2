import { type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { fromDayNumber, type DayNumber } from './day-number.js';

/**
 * Vietnamese lunisolar calendar, after Hồ Ngọc Đức's astronomical algorithm
 * ("Thuật toán tính âm lịch", low-precision Meeus formulas).
 *
 * Why not Intl's `chinese` calendar: it is computed for UTC+8, and when a new moon
 * falls between 16:00 and 17:00 UTC the month starts a day apart, e.g. Tết 1985
 * (Vietnam 21/01, China 20/02) and Tết 2007 (Vietnam 17/02, China 18/02).
 */

/** Vietnam's offset from UTC in hours; every lunar date here is local to it. */
const VIETNAM_TIME_ZONE = 7;

/** The formulas are tuned for about 1800–2199; holidays outside this window are refused. */
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2199;

/** Julian day number of 1970-01-01, to convert to and from the day numbers used elsewhere. */
const JDN_UNIX_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
/** Julian date of the new moon of 1900-01-01 13:52 UTC, the origin of the new-moon index k. */
const NEW_MOON_EPOCH = 2_415_021.076998695;

const { floor, sin, PI } = Math;
const RAD = PI / 180;

/** Julian day number of a proleptic-Gregorian date (the algorithm's own formula, kept for fidelity). */
function julianDayNumber(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
}

/** Julian date (UTC) of the k-th new moon after the 1900-01-01 one. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * sin(M * RAD) + 0.0021 * sin(2 * RAD * M);
  c1 -= 0.4068 * sin(Mpr * RAD) + 0.0161 * sin(RAD * 2 * Mpr);
  c1 -= 0.0004 * sin(RAD * 3 * Mpr);
  c1 += 0.0104 * sin(RAD * 2 * F) - 0.0051 * sin(RAD * (M + Mpr));
  c1 -= 0.0074 * sin(RAD * (M - Mpr)) + 0.0004 * sin(RAD * (2 * F + M));
  c1 -= 0.0004 * sin(RAD * (2 * F - M)) - 0.0006 * sin(RAD * (2 * F + Mpr));
  c1 += 0.001 * sin(RAD * (2 * F - Mpr)) + 0.0005 * sin(RAD * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Julian day number of the local (UTC+7) day that contains the k-th new moon. */
function newMoonDay(k: number): number {
  return floor(newMoon(k) + 0.5 + VIETNAM_TIME_ZONE / 24);
}

/** Sun's apparent longitude in radians at a Julian date (UTC), normalised to [0, 2π). */
function sunLongitude(jd: number): number {
  const T = (jd - 2_451_545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(RAD * M);
  DL += (0.019993 - 0.000101 * T) * sin(RAD * 2 * M) + 0.00029 * sin(RAD * 3 * M);
  const L = (L0 + DL) * RAD;
  return L - 2 * PI * floor(L / (2 * PI));
}

/** Which of the 12 solar terms (0 = spring equinox sector … 11) holds at the start of a local day. */
function solarTermSector(dayNumber: number): number {
  return floor((sunLongitude(dayNumber - 0.5 - VIETNAM_TIME_ZONE / 24) / PI) * 6);
}

/** Julian day number of the first day of lunar month 11 (the month containing the winter solstice) of a solar year. */
function lunarMonth11(year: number): number {
  const off = julianDayNumber(31, 12, year) - 2_415_021;
  const k = floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  // If that new moon is already past the solstice (sector ≥ 9), month 11 began at the previous one.
  return solarTermSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a 13-month year, the offset from month 11 of the first month with no principal solar term (the leap month). */
function leapMonthOffset(a11: number): number {
  const k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarTermSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = solarTermSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * Solar day number of a lunar date in Vietnam. When a leap month repeats the given month,
 * the regular (first) occurrence is meant, which is the one the holidays fall in.
 */
export function lunarToDayNumber(lunarDay: number, lunarMonth: number, lunarYear: number): DayNumber {
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = lunarMonth11(lunarYear - 1);
    b11 = lunarMonth11(lunarYear);
  } else {
    a11 = lunarMonth11(lunarYear);
    b11 = lunarMonth11(lunarYear + 1);
  }
  const k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    // A leap year: months at or after the leap month shift by one new moon.
    if (off >= leapMonthOffset(a11)) off += 1;
  }
  const monthStart = newMoonDay(k + off);
  return monthStart + lunarDay - 1 - JDN_UNIX_EPOCH;
}

function assertLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new DomainError(
      'VALIDATION',
      `Năm ${String(year)} không hợp lệ: chỉ tính được âm lịch cho các năm từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}.`,
      { year: 'Năm không hợp lệ.' },
    );
  }
}

/** Mùng 1 tháng Giêng (Tết Nguyên đán) of the given solar year, Vietnamese time. */
export function lunarNewYear(year: number): IsoDate {
  assertLunarYear(year);
  return fromDayNumber(lunarToDayNumber(1, 1, year));
}

/** Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch of the given year, Vietnamese time. */
export function hungKingsDay(year: number): IsoDate {
  assertLunarYear(year);
  return fromDayNumber(lunarToDayNumber(10, 3, year));
}
