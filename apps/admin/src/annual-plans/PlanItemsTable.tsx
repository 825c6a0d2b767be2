import Typography from '@mui/material/Typography';
import { formatIsoDateVi } from '@kntc/domain';
import { Datagrid, FunctionField, Link, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import type { PlanItem } from '../office/data-methods';
import { itemLabel } from './choices';
import { PlanItemStatusChip } from './PlanItemStatusChip';
import { ProgressButton } from './ProgressButton';
import { TimeFrameText } from './TimeFrameText';

function LatestProgress({ item }: { item: PlanItem }) {
  const translate = useTranslate();
  const latest = item.progress[0];
  if (!latest) return <Typography variant="body2" color="text.secondary">{translate('kntc.office.plans.no_progress')}</Typography>;
  return (
    <Typography variant="body2">
      {translate('kntc.office.plans.progress_by', { date: formatIsoDateVi(latest.date), author: latest.authorName, note: latest.note })}
    </Typography>
  );
}

/** The plan's items in plan order, each with its units, time frame, status today and latest note. */
export function PlanItemsTable() {
  return (
    <ReferenceManyField reference="planItems" target="planId" sort={{ field: 'position', order: 'ASC' }} perPage={100}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField label={itemLabel('code')} render={(i: PlanItem) => <Link to={`/planItems/${i.id}/show`}>{i.code}</Link>} />
        <TextField source="content" label={itemLabel('content')} sortable={false} />
        <TextField source="leadText" label={itemLabel('leadText')} sortable={false} />
        <TextField source="coordinatingText" label={itemLabel('coordinatingText')} emptyText="—" sortable={false} />
        <FunctionField label={itemLabel('timeFrame')} render={(i: PlanItem) => <TimeFrameText item={i} />} />
        <FunctionField label={itemLabel('status')} render={(i: PlanItem) => <PlanItemStatusChip status={i.status} />} />
        <FunctionField label={itemLabel('lastProgress')} render={(i: PlanItem) => <LatestProgress item={i} />} />
        <ProgressButton />
      </Datagrid>
    </ReferenceManyField>
  );
}
