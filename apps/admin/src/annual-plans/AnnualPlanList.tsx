import { Button, CreateButton, Datagrid, DateField, FunctionField, Link, List, NumberField, NumberInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import type { AnnualPlan } from '../office/data-methods';
import { planLabel } from './choices';

const filters = [<NumberInput key="year" source="year" label={planLabel('year')} min={2000} max={2100} alwaysOn />];

function ListActions() {
  return (
    <TopToolbar>
      <Button component={Link} to="/planProgress" label="kntc.office.plans.view_progress" />
      <CreateButton />
    </TopToolbar>
  );
}

/** Kế hoạch năm: newest year first, with how far each plan has got today. */
export function AnnualPlanList() {
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'year', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="year" label={planLabel('year')} options={{ useGrouping: false }} />
        <TextField source="number" label={planLabel('number')} sortable={false} />
        <DateField source="date" label={planLabel('date')} />
        <TextField source="title" label={planLabel('title')} sortable={false} />
        <NumberField source="itemCount" label={planLabel('itemCount')} sortable={false} />
        <FunctionField label={planLabel('percentDone')} render={(p: AnnualPlan) => translate('kntc.office.plans.percent', { percent: p.progress.percentDone })} />
        <FunctionField label={planLabel('lateCount')} render={(p: AnnualPlan) => String(p.progress.byStatus.late)} />
      </Datagrid>
    </List>
  );
}
