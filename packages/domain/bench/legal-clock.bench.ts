/**
 * Throughput of the legal clock (not a test). Run: npx pnpm@10.34.9 --filter @kntc/domain bench
 * Prints deadline computations per second for a deterministic mix of every rule, start dates
 * over 2024–2027 and the case flags, against the merged 2024–2028 default calendar.
 * Figures are recorded in docs/legal-clock.md.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  addCalendarDays,
  addWorkingDays,
  calendarForRange,
  deadline,
  deadlineRuleKeys,
  deadlineStatus,
  defaultDeadlineRules,
  type DeadlineRuleKey,
  type WorkCalendar,
} from '../src/index.js';

const calendar = calendarForRange('2024-01-01', '2028-12-31');

/** Small deterministic PRNG so every run measures the same mix. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Case {
  key: DeadlineRuleKey;
  start: string;
  complex: boolean;
  remote: boolean;
  extensions: number;
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2024, 0, 1);
const SPAN = (Date.UTC(2027, 11, 31) - FIRST) / DAY;
const random = lcg(20_240_207);
const cases: Case[] = Array.from({ length: 10_000 }, () => {
  const key = deadlineRuleKeys[Math.floor(random() * deadlineRuleKeys.length)] as DeadlineRuleKey;
  const max = Math.max(...defaultDeadlineRules.filter((r) => r.key === key).map((r) => r.maxExtensions));
  return {
    key,
    start: new Date(FIRST + Math.floor(random() * (SPAN + 1)) * DAY).toISOString().slice(0, 10),
    complex: random() < 0.3,
    remote: random() < 0.2,
    extensions: Math.floor(random() * (max + 1)),
  };
});

/** Results are folded into this so the JIT cannot drop the work as dead code. */
let checksum = 0;

function measure(name: string, run: (c: Case) => string): number {
  const rounds: number[] = [];
  for (let round = 0; round < 6; round++) {
    let ops = 0;
    const began = performance.now();
    while (performance.now() - began < 500) {
      for (let i = 0; i < 1_000; i++) {
        checksum += run(cases[(ops + i) % cases.length] as Case).length;
      }
      ops += 1_000;
    }
    // Round 0 is warm-up for the JIT.
    if (round > 0) rounds.push(ops / ((performance.now() - began) / 1000));
  }
  rounds.sort((a, b) => a - b);
  const median = rounds[Math.floor(rounds.length / 2)] ?? 0;
  console.log(`${name.padEnd(52)} ${Math.round(median).toLocaleString('en-US').padStart(10)} /s`);
  return median;
}

const cpu = cpus();
console.log(`Legal clock benchmark — ${new Date().toISOString().slice(0, 10)}`);
console.log(`Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`);
console.log(`${cases.length.toLocaleString('en-US')} cases: ${deadlineRuleKeys.length} rules, starts 2024–2027, mixed flags\n`);

measure('deadline() with explanation, shared calendar', (c) =>
  deadline(c.key, { start: c.start, calendar, complex: c.complex, remote: c.remote, extensions: c.extensions }).due,
);
measure('deadline() with a fresh calendar object per call', (c) => {
  const fresh: WorkCalendar = { daysOff: [...calendar.daysOff], makeUpDays: [...calendar.makeUpDays], entries: calendar.entries };
  return deadline(c.key, { start: c.start, calendar: fresh, complex: c.complex, remote: c.remote, extensions: c.extensions }).due;
});
measure('addWorkingDays(start, 10)', (c) => addWorkingDays(c.start, 10, calendar));
measure('addCalendarDays(start, 30)', (c) => addCalendarDays(c.start, 30, calendar));
measure('deadlineStatus(due, today)', (c) => deadlineStatus(c.start, '2026-01-15', calendar));
console.log(`\n(checksum ${checksum})`);
