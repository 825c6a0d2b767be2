import { form01Tcd } from './form-01-tcd.js';
import { form02Xld } from './form-02-xld.js';
import { type ReportForm } from './report-form.js';

/** The forms the system can produce; a new circular adds or replaces entries here (or in stored data). */
export const defaultReportForms: readonly ReportForm[] = Object.freeze([form01Tcd, form02Xld]);
