import { defaultReportForms } from '@kntc/domain';
import { Datagrid, DateField, FunctionField, List, NumberInput, SelectInput, TextField, TopToolbar, Link, useTranslate } from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import { formatIsoDate } from '../petitions/format';
import type { FiledReportSummary } from './data-methods';

const label = (field: string) => `resources.filedReports.fields.${field}`;

const formChoices = defaultReportForms.map((f) => ({ id: f.code, name: `${f.code} – ${f.title}` }));

const filters = [
  <SelectInput key="formCode" source="formCode" label={label('formCode')} choices={formChoices} alwaysOn />,
  <NumberInput key="year" source="year" label={label('year')} min={2000} max={2100} alwaysOn />,
];

/** Filing happens on the report page, where the numbers are read before they are frozen. */
function ListActions() {
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <Link to="/reports">{translate('kntc.reports.filed.go_to_report')}</Link>
    </TopToolbar>
  );
}

/** Báo cáo đã nộp: every filing of the agency, newest first, with its period and who filed it. */
export function FiledReportList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'filedAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="formCode" label={label('formCode')} />
        <TextField source="formTitle" label={label('formTitle')} sortable={false} />
        <FunctionField
          label={label('periodLabel')}
          sortBy="periodTo"
          render={(r: FiledReportSummary) => `${r.periodLabel} (${formatIsoDate(r.periodFrom)} – ${formatIsoDate(r.periodTo)})`}
        />
        <DateField source="filedAt" label={label('filedAt')} showTime options={vietnamTimestamp} />
        <TextField source="filedByName" label={label('filedByName')} sortable={false} />
        <TextField source="note" label={label('note')} sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
