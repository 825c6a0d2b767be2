import type { PermissionRow } from '@kntc/domain';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import {
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useDataProvider,
  useListContext,
  usePermissions,
  useStore,
  useTranslate,
} from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import { BulkAssignButton } from './BulkAssignButton';
import type { Case } from './case-api';
import { canRunCaseCommand } from './case-commands';
import { CaseDeadlineChip } from './CaseDeadlineChip';
import { CaseQueueTabs, type CaseListView } from './CaseQueueTabs';
import { CaseStatusChip } from './CaseStatusChip';
import { CaseWorkload } from './CaseWorkload';
import { caseKindChoices, caseStatusChoices, dueStatusChoices } from './choices';
import { filterForQueue } from './queues';
import { useCaseData } from './use-case-data';

const filters = [
  // A labelled text input rather than SearchInput, which hides its label from assistive technology.
  <TextInput key="q" source="q" alwaysOn resettable />,
  <SelectInput key="kind" source="kind" choices={caseKindChoices} translateChoice={false} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="dueStatus" source="dueStatus" choices={dueStatusChoices} translateChoice={false} sx={{ minWidth: 200 }} />,
  <SelectInput key="status" source="status" choices={caseStatusChoices} translateChoice={false} sx={{ minWidth: 200 }} />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
    </TopToolbar>
  );
}

/**
 * A filter the filter bar has no input for (one official's cases, or nobody's) is named here,
 * with a way to drop it: otherwise the list would look complete while it is not.
 */
function AssigneeFilterChip() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { filterValues, setFilters } = useListContext<Case>();
  const assigneeId: unknown = filterValues.assigneeId;
  const officials = useCaseData(typeof assigneeId === 'string' ? (signal) => dataProvider.caseOfficials({ signal }) : undefined, [
    assigneeId,
  ]);
  if (typeof assigneeId !== 'string' && filterValues.unassigned !== true) return null;
  const official = officials.status === 'loaded' ? officials.data.find((u) => u.id === assigneeId) : undefined;
  const name = typeof assigneeId === 'string' ? (official?.fullName ?? '…') : translate('kntc.cases.unassigned');
  return (
    <Stack direction="row" sx={{ px: 2, pt: 1 }}>
      <Chip label={translate('kntc.cases.assignee_filter', { name })} onDelete={() => setFilters(filterForQueue('all', filterValues))} />
    </Stack>
  );
}

function CaseGrid() {
  const { permissions } = usePermissions<PermissionRow>();
  const canAssign = permissions !== undefined && canRunCaseCommand(permissions, 'assign');
  return (
    <>
      <AssigneeFilterChip />
      <Datagrid rowClick="show" bulkActionButtons={canAssign ? <BulkAssignButton /> : false}>
        <TextField source="caseNumber" sortBy="caseNumber" />
        <SelectField source="kind" choices={caseKindChoices} translateChoice={false} sortBy="kind" />
        <FunctionField<Case> source="status" sortBy="status" render={(record) => <CaseStatusChip status={record.status} />} />
        <TextField source="partyName" sortable={false} />
        <TextField source="subject" sortable={false} />
        <FunctionField<Case> source="acceptedDate" sortBy="acceptedDate" render={(record) => formatIsoDate(record.acceptedDate)} />
        <FunctionField<Case>
          source="dueDate"
          sortBy="dueDate"
          render={(record) => (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
              <span>{formatIsoDate(record.dueDate)}</span>
              <CaseDeadlineChip status={record.status} deadlineStatus={record.deadlineStatus} />
            </Stack>
          )}
        />
        <TextField source="assigneeName" sortable={false} emptyText="kntc.cases.unassigned" />
      </Datagrid>
    </>
  );
}

/** Sổ vụ việc: every case, in queues an official works through during the day. */
export function CaseList() {
  const [view, setView] = useStore<CaseListView>('cases.list.view', 'queues');
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      // Newest cases first, as the letters' register; the deadline queues sort by due date themselves.
      sort={{ field: 'acceptedDate', order: 'DESC' }}
      perPage={25}
      // The API caps a page at 200 rows, so react-admin's export-everything would fail.
      exporter={false}
      // The queues stay on screen even when one is empty.
      empty={false}
      pagination={view === 'workload' ? false : undefined}
    >
      <CaseQueueTabs view={view} onView={setView} />
      {view === 'workload' ? <CaseWorkload onPick={() => setView('queues')} /> : <CaseGrid />}
    </List>
  );
}
