import { DashboardFilterSchema, dashboardPresetPeriod, defaultDashboardPeriod, type DashboardPeriodPreset, type IsoDate } from '@kntc/domain';
import type { DashboardRequest } from './data-methods';

/** What the filter bar holds: a preset (or custom days) and a unit, null for the whole agency. */
export type LeadersFilter = { preset: DashboardPeriodPreset; from: IsoDate; to: IsoDate; unitId: string | null };

export type FilterField = 'from' | 'to' | 'unitId';
export type LeadersRequestResult = { ok: true; request: DashboardRequest } | { ok: false; errors: Partial<Record<FilterField, string>> };

/** The calendar year to date for the whole agency, as the domain's default period. */
export const initialLeadersFilter = (today: IsoDate): LeadersFilter => ({ preset: 'this_year', ...defaultDashboardPeriod(today), unitId: null });

/** Choosing a preset sets its days; choosing "custom" keeps the days shown so they can be edited. */
export function withPreset(filter: LeadersFilter, preset: DashboardPeriodPreset, today: IsoDate): LeadersFilter {
  return preset === 'custom' ? { ...filter, preset } : { ...filter, preset, ...dashboardPresetPeriod(preset, today) };
}

const isField = (key: unknown): key is FilterField => key === 'from' || key === 'to' || key === 'unitId';

/** The request the filter stands for, or the domain's own field messages when it stands for none. */
export function leadersRequestOf(filter: LeadersFilter): LeadersRequestResult {
  const parsed = DashboardFilterSchema.safeParse({ from: filter.from, to: filter.to, ...(filter.unitId ? { unitId: filter.unitId } : {}) });
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: Partial<Record<FilterField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isField(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
