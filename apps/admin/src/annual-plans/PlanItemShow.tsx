import {
  ArrayField,
  Datagrid,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  Link,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import type { PlanItem } from '../office/data-methods';
import { EvidencePanel } from './EvidencePanel';
import { itemLabel, progressStateChoices } from './choices';
import { PlanItemStatusChip } from './PlanItemStatusChip';
import { ProgressButton } from './ProgressButton';
import { TimeFrameText } from './TimeFrameText';

/** The sessions run under this item, for those who read the office's records (the inspectorate may not). */
function ImplementingTrainings() {
  const { canAccess } = useCanAccess({ resource: 'trainings', action: 'list' });
  if (!canAccess) return null;
  return (
    <Labeled label={itemLabel('trainings')} fullWidth>
      <ReferenceManyField reference="trainings" target="planItemId" sort={{ field: 'dateFrom', order: 'DESC' }} perPage={50} empty={<span>—</span>}>
        <Datagrid bulkActionButtons={false} rowClick="show">
          <DateField source="dateFrom" label="resources.trainings.fields.dateFrom" sortable={false} />
          <TextField source="title" label="resources.trainings.fields.title" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Labeled>
  );
}

function ShowActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <ProgressButton />
      <EditButton />
    </TopToolbar>
  );
}

/** One item: what, who leads and coordinates, when, its status today, every progress note and the sessions implementing it. */
export function PlanItemShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <FunctionField label={itemLabel('planId')} render={(i: PlanItem) => <Link to={`/annualPlans/${i.planId}/show`}>{`${String(i.planYear)} – ${i.planNumber}`}</Link>} />
        <TextField source="code" label={itemLabel('code')} />
        <TextField source="content" label={itemLabel('content')} sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="leadText" label={itemLabel('leadText')} />
        <TextField source="coordinatingText" label={itemLabel('coordinatingText')} emptyText="—" />
        <TextField source="responsibilityNote" label={itemLabel('responsibilityNote')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <FunctionField label={itemLabel('timeFrame')} render={(i: PlanItem) => <TimeFrameText item={i} />} />
        <FunctionField label={itemLabel('status')} render={(i: PlanItem) => <PlanItemStatusChip status={i.status} />} />
        <ArrayField source="progress" label={itemLabel('progress')}>
          <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
            <DateField source="date" label="kntc.office.plans.progress_date" />
            <SelectField source="stateAfter" label="kntc.office.plans.progress_state" choices={progressStateChoices} />
            <TextField source="note" label="kntc.office.plans.progress_note" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="authorName" label={itemLabel('authorName')} />
          </Datagrid>
        </ArrayField>
        <EvidencePanel />
        <ImplementingTrainings />
      </SimpleShowLayout>
    </Show>
  );
}
