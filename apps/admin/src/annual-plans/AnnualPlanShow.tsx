import AddIcon from '@mui/icons-material/Add';
import { Button, DateField, EditButton, FunctionField, Labeled, Link, NumberField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AnnualPlan } from '../office/data-methods';
import { planLabel } from './choices';
import { ExportSummaryButton } from './ExportSummaryButton';
import { PlanItemsTable } from './PlanItemsTable';

function ShowActions() {
  const plan = useRecordContext<AnnualPlan>();
  const { canAccess: canAddItem } = useCanAccess({ resource: 'planItems', action: 'create' });
  if (!plan) return null;
  // react-admin's create page takes its initial values from `source`.
  const newItem = `/planItems/create?source=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`;
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <Button component={Link} to="/planProgress" label="kntc.office.plans.view_progress" />
      <ExportSummaryButton planId={String(plan.id)} />
      {canAddItem ? (
        <Button component={Link} to={newItem} label="kntc.office.plans.add_item">
          <AddIcon />
        </Button>
      ) : null}
      <EditButton />
    </TopToolbar>
  );
}

/** The plan as signed and its items with where each stands today. */
export function AnnualPlanShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <NumberField source="year" label={planLabel('year')} options={{ useGrouping: false }} />
        <TextField source="number" label={planLabel('number')} />
        <DateField source="date" label={planLabel('date')} />
        <FunctionField label={planLabel('signerName')} render={(p: AnnualPlan) => `${p.signerName}, ${p.signerTitle}`} />
        <TextField source="title" label={planLabel('title')} />
        <TextField source="note" label={planLabel('note')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <FunctionField
          label={planLabel('percentDone')}
          render={(p: AnnualPlan) =>
            `${translate('kntc.office.plans.percent', { percent: p.progress.percentDone })} (${String(p.progress.byStatus.done)}/${String(p.progress.total)})`
          }
        />
        <Labeled label={planLabel('items')} fullWidth>
          <PlanItemsTable />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
