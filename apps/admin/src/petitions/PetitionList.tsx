import {
  CreateButton,
  DatagridConfigurable,
  DateInput,
  FilterButton,
  FunctionField,
  List,
  SelectField,
  SelectColumnsButton,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import type { Petition } from '../providers/data-provider';
import { DeadlineChip } from '../legal-clock/DeadlineChip';
import { channelChoices, deadlineStatusChoices, kindChoices, statusChoices } from './choices';
import { FieldName } from './FieldName';
import { formatIsoDate } from './format';
import { QueueTabs } from './QueueTabs';
import { StatusChip } from './StatusChip';

const filters = [
  // A labelled text input rather than SearchInput, which hides its label from assistive technology.
  <TextInput key="q" source="q" alwaysOn resettable />,
  // Always on: "what is overdue?" is the first question of the day.
  <SelectInput
    key="dueStatus"
    source="dueStatus"
    choices={deadlineStatusChoices}
    translateChoice={false}
    alwaysOn
    sx={{ minWidth: 220 }}
  />,
  <SelectInput key="kind" source="kind" choices={kindChoices} translateChoice={false} />,
  <SelectInput key="status" source="status" choices={statusChoices} translateChoice={false} />,
  <SelectInput key="channel" source="channel" choices={channelChoices} translateChoice={false} />,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
];

function ListActions() {
  return (
    <TopToolbar>
      <SelectColumnsButton />
      <FilterButton />
      <CreateButton />
    </TopToolbar>
  );
}

/** Sổ tiếp nhận: newest letters first; only the columns the API can sort on are sortable. */
export function PetitionList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'receivedDate', order: 'DESC' }}
      perPage={25}
      // The API caps a page at 200 rows, so react-admin's export-everything would fail.
      exporter={false}
    >
      <QueueTabs />
      {/* The field is an optional column, off until the user ticks it in "Cột hiển thị". */}
      <DatagridConfigurable rowClick="show" bulkActionButtons={false} omit={['fieldCode']}>
        <TextField source="receiptNumber" sortBy="receiptNumber" emptyText="kntc.petitions.no_receipt" />
        <FunctionField<Petition>
          source="receivedDate"
          sortBy="receivedDate"
          render={(record) => formatIsoDate(record.receivedDate)}
        />
        <SelectField source="kind" choices={kindChoices} translateChoice={false} sortBy="kind" />
        <FunctionField<Petition> source="status" sortBy="status" render={() => <StatusChip />} />
        <FunctionField<Petition> source="dueDate" sortBy="dueDate" render={(record) => formatIsoDate(record.dueDate)} />
        <FunctionField<Petition>
          source="deadlineStatus"
          sortable={false}
          render={(record) => <DeadlineChip status={record.deadlineStatus} />}
        />
        <TextField source="sender.fullName" sortBy="senderName" />
        <TextField source="summary" sortable={false} />
        <FunctionField<Petition> source="fieldCode" sortable={false} render={() => <FieldName />} />
      </DatagridConfigurable>
    </List>
  );
}
