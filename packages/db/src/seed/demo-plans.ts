import type { IsoDate, PlanItemProgressState, PlanTimeFrame } from '@kntc/domain';
import type { Db } from '../client.js';
import { annualPlans, planItemProgress, planItems, planItemUnits } from '../schema/plans.js';
import { stableUuid } from './random.js';

/** Demo unit keys (demo.ts) the plans name. */
export type UnitKey = 'inspection' | 'admin';

export type DemoPlanItem = {
  code: string;
  content: string;
  lead: UnitKey[];
  leadAllUnits?: boolean;
  leadRelevantUnits?: boolean;
  coordinating: UnitKey[];
  coordinatingAllUnits?: boolean;
  responsibilityNote?: string;
  timeFrame: PlanTimeFrame;
  timeFrom?: IsoDate;
  timeTo?: IsoDate;
  timeNote?: string;
  state: PlanItemProgressState;
  progress: { date: IsoDate; author: string; note: string; state: PlanItemProgressState }[];
};

export type DemoPlan = {
  /** Seeds every id, so reseeding adds nothing. */
  key: string;
  year: number;
  number: string;
  date: IsoDate;
  signerName: string;
  signerTitle: string;
  title: string;
  note: string;
  items: DemoPlanItem[];
};

export type DemoPlanRefs = { agencyId: string; unitId: (key: UnitKey) => string; userId: (username: string) => string };

export const demoPlanId = (key: string) => stableUuid(key);
const itemId = (key: string, code: string) => stableUuid(`${key}:item:${code}`);

/** One annual plan with its items, their lead and coordinating units and their progress notes. */
export async function seedDemoPlan(tx: Db, plan: DemoPlan, refs: DemoPlanRefs) {
  const planId = demoPlanId(plan.key);
  await tx
    .insert(annualPlans)
    .values({
      id: planId,
      agencyId: refs.agencyId,
      year: plan.year,
      number: plan.number,
      date: plan.date,
      signerName: plan.signerName,
      signerTitle: plan.signerTitle,
      title: plan.title,
      note: plan.note,
    })
    .onConflictDoNothing();
  await tx
    .insert(planItems)
    .values(
      plan.items.map((item, i) => ({
        id: itemId(plan.key, item.code),
        agencyId: refs.agencyId,
        planId,
        code: item.code,
        position: (i + 1) * 10,
        content: item.content,
        leadAllUnits: item.leadAllUnits ?? false,
        leadRelevantUnits: item.leadRelevantUnits ?? false,
        coordinatingAllUnits: item.coordinatingAllUnits ?? false,
        coordinatingRelevantUnits: false,
        responsibilityNote: item.responsibilityNote ?? null,
        timeFrame: item.timeFrame,
        timeFrom: item.timeFrom ?? null,
        timeTo: item.timeTo ?? null,
        timeNote: item.timeNote ?? null,
        state: item.state,
      })),
    )
    .onConflictDoNothing();
  const units = plan.items.flatMap((item) => [
    ...item.lead.map((key, position) => ({ itemId: itemId(plan.key, item.code), unitId: refs.unitId(key), role: 'lead' as const, position })),
    ...item.coordinating.map((key, i) => ({ itemId: itemId(plan.key, item.code), unitId: refs.unitId(key), role: 'coordinating' as const, position: item.lead.length + i })),
  ]);
  if (units.length > 0) await tx.insert(planItemUnits).values(units).onConflictDoNothing();
  const notes = plan.items.flatMap((item) =>
    item.progress.map((p, i) => ({
      id: stableUuid(`${plan.key}:item:${item.code}:progress:${String(i)}`),
      itemId: itemId(plan.key, item.code),
      date: p.date,
      note: p.note,
      stateAfter: p.state,
      authorId: refs.userId(p.author),
      createdAt: new Date(`${p.date}T09:00:00Z`),
    })),
  );
  if (notes.length > 0) await tx.insert(planItemProgress).values(notes).onConflictDoNothing();
}
