import {
  ArrayField,
  Datagrid,
  DateField,
  EditButton,
  FunctionField,
  Link,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import type { Training } from '../office/data-methods';
import { StatusChip } from '../office/StatusChip';
import { label, trainingKindChoices } from './choices';

type Attendee = Training['attendees'][number];

function ShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

function AttendedChip({ attended }: { attended: boolean }) {
  const translate = useTranslate();
  return <StatusChip tone={attended ? 'success' : 'neutral'} label={translate(attended ? 'kntc.office.trainings.attended' : 'kntc.office.trainings.absent')} />;
}

/** A training or dissemination session with its documents, materials and attendance. */
export function TrainingShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <SelectField source="kind" label={label('kind')} choices={trainingKindChoices} />
        <TextField source="title" label={label('title')} />
        <FunctionField
          label={label('legalDocuments')}
          render={(t: Training) =>
            t.legalDocuments.length === 0 ? '—' : (
              <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
                {t.legalDocuments.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )
          }
        />
        <TextField source="audience" label={label('audience')} />
        <DateField source="dateFrom" label={label('dateFrom')} />
        <DateField source="dateTo" label={label('dateTo')} emptyText="—" />
        <TextField source="place" label={label('place')} />
        <TextField source="organiserUnitName" label={label('organiserUnitName')} />
        <FunctionField
          label={label('planItemId')}
          render={(t: Training) => (t.planItemId ? <Link to={`/planItems/${t.planItemId}/show`}>{`Mục ${t.planItemCode ?? ''}`}</Link> : '—')}
        />
        <TextField source="materials" label={label('materials')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="note" label={label('note')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <FunctionField
          label={label('attendees')}
          render={(t: Training) => translate('kntc.office.trainings.count', { attended: t.attendedCount, total: t.attendeeCount })}
        />
        <ArrayField source="attendees" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="fullName" label={label('attendee.name')} />
            <TextField source="organisation" label={label('attendee.organisation')} emptyText="—" />
            <FunctionField label={label('attendee.attended')} render={(a: Attendee) => <AttendedChip attended={a.attended} />} />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
