export * from './period-rules.js';
export * from './report-periods.js';
