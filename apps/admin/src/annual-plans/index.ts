import ChecklistIcon from '@mui/icons-material/Checklist';
import InsightsIcon from '@mui/icons-material/Insights';
import type { AnnualPlan, PlanItem } from '../office/data-methods';
import { AnnualPlanCreate } from './AnnualPlanCreate';
import { AnnualPlanEdit } from './AnnualPlanEdit';
import { AnnualPlanList } from './AnnualPlanList';
import { AnnualPlanShow } from './AnnualPlanShow';
import { PlanItemCreate } from './PlanItemCreate';
import { PlanItemEdit } from './PlanItemEdit';
import { PlanItemShow } from './PlanItemShow';
import { PlanProgressPage } from './PlanProgressPage';

/** "Kế hoạch 156/KH-SNV năm 2024". */
const planRepresentation = (record: AnnualPlan) => `${record.number} năm ${String(record.year)}`;

export default {
  list: AnnualPlanList,
  show: AnnualPlanShow,
  create: AnnualPlanCreate,
  edit: AnnualPlanEdit,
  icon: ChecklistIcon,
  recordRepresentation: planRepresentation,
};

/** Items open from their plan; no list of their own, so no menu entry. */
export const planItems = {
  show: PlanItemShow,
  create: PlanItemCreate,
  edit: PlanItemEdit,
  recordRepresentation: (record: PlanItem) => `mục ${record.code} – kế hoạch ${record.planNumber}`,
};

/** Tiến độ kế hoạch: one page for leaders. */
export const planProgress = { list: PlanProgressPage, icon: InsightsIcon };
