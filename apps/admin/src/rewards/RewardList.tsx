import { CreateButton, Datagrid, DateField, List, NumberInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { allRewardFormChoices, label, rewardKindChoices, rewardStatusChoices, rewardSubjectChoices } from './choices';

const filters = [
  <SelectInput key="kind" source="kind" label={label('kind')} choices={rewardKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" label={label('status')} choices={rewardStatusChoices} alwaysOn />,
  <NumberInput key="year" source="year" label={label('year')} min={2000} max={2100} />,
];

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** Khen thưởng, kỷ luật: newest proposal first; a record stays "đã đề nghị" until its decision is entered. */
export function RewardList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'proposalDate', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="proposalDate" label={label('proposalDate')} />
        <SelectField source="kind" label={label('kind')} choices={rewardKindChoices} sortable={false} />
        <TextField source="subjectName" label={label('subjectName')} sortable={false} />
        <SelectField source="subjectType" label={label('subjectType')} choices={rewardSubjectChoices} sortable={false} />
        <SelectField source="form" label={label('form')} choices={allRewardFormChoices} sortable={false} />
        <TextField source="decisionNumber" label={label('decisionNumber')} emptyText="—" sortable={false} />
        <DateField source="decisionDate" label={label('decisionDate')} emptyText="—" />
        <SelectField source="status" label={label('status')} choices={rewardStatusChoices} sortable={false} />
      </Datagrid>
    </List>
  );
}
