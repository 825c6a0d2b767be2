import { Datagrid, DateField, EditButton, FunctionField, Labeled, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import type { StaffAssignment } from '../office/data-methods';
import { AllowanceDaysPanel } from './AllowanceDaysPanel';
import { AssignmentStateChip } from './AssignmentStateChip';
import { allowanceCategoryChoices, dutyChoices, inspectorRankChoices, label } from './choices';

const dutiesText = (a: StaffAssignment) => a.duties.map((d) => dutyChoices.find((c) => c.id === d)?.name ?? d).join(', ');

function ShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

/** One assignment period, the official's whole history, and their reception days in a chosen period. */
export function StaffAssignmentShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="fullName" label={label('fullName')} />
        <FunctionField label={label('isCurrent')} render={(a: StaffAssignment) => <AssignmentStateChip isCurrent={a.isCurrent} />} />
        <TextField source="unitName" label={label('unitName')} />
        <TextField source="position" label={label('position')} />
        <FunctionField label={label('duties')} render={dutiesText} />
        <SelectField source="inspectorRank" label={label('inspectorRank')} choices={inspectorRankChoices} emptyText="—" />
        <TextField source="qualifications" label={label('qualifications')} emptyText="—" />
        <SelectField source="allowanceCategory" label={label('allowanceCategory')} choices={allowanceCategoryChoices} emptyText="—" />
        <TextField source="decisionNumber" label={label('decisionNumber')} emptyText="—" />
        <DateField source="dateAssigned" label={label('dateAssigned')} />
        <DateField source="dateEnded" label={label('dateEnded')} emptyText="—" />
        <TextField source="note" label={label('note')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled label="kntc.office.staff.history" fullWidth>
          <ReferenceManyField reference="staffAssignments" target="userId" source="userId" sort={{ field: 'dateAssigned', order: 'DESC' }} perPage={50}>
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <DateField source="dateAssigned" label={label('dateAssigned')} sortable={false} />
              <DateField source="dateEnded" label={label('dateEnded')} emptyText="—" sortable={false} />
              <TextField source="unitName" label={label('unitName')} sortable={false} />
              <TextField source="position" label={label('position')} sortable={false} />
              <FunctionField label={label('duties')} render={dutiesText} />
              <TextField source="decisionNumber" label={label('decisionNumber')} emptyText="—" sortable={false} />
            </Datagrid>
          </ReferenceManyField>
        </Labeled>
        <AllowanceDaysPanel />
      </SimpleShowLayout>
    </Show>
  );
}
