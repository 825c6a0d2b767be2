import { AnnualPlanDataSchema, PlanItemDataSchema, PlanItemProgressSchema, todayInVietnam, type PlanItemProgressState } from '@kntc/domain';
import { blanksToNull, schemaResolver } from '../forms/schema-resolver';

type Values = Record<string, unknown>;

export const planResolver = schemaResolver(AnnualPlanDataSchema, (values) => blanksToNull(values, ['note']));

/** A year's plan is signed in December of the year before. */
export const planDefaults = () => {
  const today = todayInVietnam();
  return { year: Number(today.slice(0, 4)) + 1, date: today, signerTitle: 'Giám đốc', note: null };
};

/**
 * Inputs hidden by the choices are not sent: "all units" hides the unit list and "the units
 * concerned", a regular item has no dates.
 */
export function preparePlanItem(values: Values): Values {
  const out = blanksToNull(values, ['timeFrom', 'timeTo', 'timeNote', 'responsibilityNote']);
  if (out.leadAllUnits === true) {
    out.leadUnitIds = [];
    out.leadRelevantUnits = false;
  }
  if (out.coordinatingAllUnits === true) {
    out.coordinatingUnitIds = [];
    out.coordinatingRelevantUnits = false;
  }
  if (out.timeFrame === 'regular') {
    out.timeFrom = null;
    out.timeTo = null;
  }
  return out;
}

export const planItemResolver = schemaResolver(PlanItemDataSchema, preparePlanItem);

export const planItemDefaults = () => ({
  code: '',
  position: 0,
  leadUnitIds: [],
  leadAllUnits: false,
  leadRelevantUnits: false,
  coordinatingUnitIds: [],
  coordinatingAllUnits: false,
  coordinatingRelevantUnits: false,
  timeFrame: 'regular',
  timeFrom: null,
  timeTo: null,
});

/** A progress note as the dialog fills it; the item and its version are added when saving. */
export const ProgressNoteSchema = PlanItemProgressSchema.omit({ id: true, version: true });
export const progressResolver = schemaResolver(ProgressNoteSchema);
/** Starts from the state last recorded (never "late", which is derived), dated today. */
export const progressDefaults = (state: PlanItemProgressState) => ({ date: todayInVietnam(), state, note: '' });
