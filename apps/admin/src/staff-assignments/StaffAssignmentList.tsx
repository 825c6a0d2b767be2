import { todayInVietnam } from '@kntc/domain';
import { CreateButton, Datagrid, DateField, FunctionField, List, SelectField, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import type { StaffAssignment } from '../office/data-methods';
import { officialChoices, useOfficials } from '../office/use-officials';
import { useUnits } from '../users/use-units';
import { AssignmentStateChip } from './AssignmentStateChip';
import { dutyChoices, inspectorRankChoices, label } from './choices';

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** Cán bộ làm công tác TCD-KNTC: every assignment period, newest first; filter by unit, duty or who is assigned today. */
export function StaffAssignmentList() {
  const translate = useTranslate();
  const { units } = useUnits();
  const { officials } = useOfficials();
  const today = todayInVietnam();
  const filters = [
    <SelectInput key="unitId" source="unitId" label={label('unitId')} choices={units} optionText="name" translateChoice={false} alwaysOn />,
    // "Đang phân công" is the API's activeOn = today; an ended period is one not current today.
    <SelectInput key="activeOn" source="activeOn" label={label('activeOn')} choices={[{ id: today, name: translate('kntc.office.staff.current_today') }]} alwaysOn />,
    <SelectInput key="duty" source="duty" label={label('duty')} choices={dutyChoices} />,
    <SelectInput key="userId" source="userId" label={label('userId')} choices={officialChoices(officials)} translateChoice={false} />,
  ];
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'dateAssigned', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="fullName" label={label('fullName')} />
        <TextField source="unitName" label={label('unitName')} sortable={false} />
        <TextField source="position" label={label('position')} sortable={false} />
        <FunctionField
          label={label('duties')}
          render={(a: StaffAssignment) => a.duties.map((d) => dutyChoices.find((c) => c.id === d)?.name ?? d).join(', ')}
        />
        <SelectField source="inspectorRank" label={label('inspectorRank')} choices={inspectorRankChoices} emptyText="—" sortable={false} />
        <DateField source="dateAssigned" label={label('dateAssigned')} />
        <DateField source="dateEnded" label={label('dateEnded')} emptyText="—" />
        <FunctionField label={label('isCurrent')} render={(a: StaffAssignment) => <AssignmentStateChip isCurrent={a.isCurrent} />} />
      </Datagrid>
    </List>
  );
}
