import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  ArrayInput,
  BooleanInput,
  Button,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import type { PlanItem } from '../office/data-methods';
import { officialChoices, useOfficials } from '../office/use-officials';
import { useUnits } from '../users/use-units';
import { label, trainingKindChoices } from './choices';
import { blankAttendee, documentsToText, textToDocuments } from './training-form';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;
const attendeeLabel = (field: string) => label(`attendee.${field}`);
const planItemText = (item: PlanItem) => `${item.planNumber} – mục ${item.code}: ${item.content.length > 80 ? `${item.content.slice(0, 80)}…` : item.content}`;

function AddAttendeeButton() {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="kntc.office.trainings.add_attendee" onClick={() => add(blankAttendee())}>
      <PersonAddIcon />
    </Button>
  );
}

/** Each participant on a row: an official picked from the agency's list, or someone from outside by name. */
function AttendeeInputs() {
  const translate = useTranslate();
  const { officials, isPending } = useOfficials();
  const choices = officialChoices(officials);
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate(label('attendees'))}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('kntc.office.trainings.attendee_help')}
      </Typography>
      <ArrayInput source="attendees" label={false}>
        <SimpleFormIterator inline disableReordering disableClear addButton={<AddAttendeeButton />} fullWidth>
          <SelectInput source="userId" label={attendeeLabel('userId')} choices={choices} translateChoice={false} isPending={isPending} emptyText="—" />
          <FormDataConsumer>
            {({ scopedFormData }) =>
              scopedFormData?.userId ? null : (
                <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                  <TextInput source="fullName" label={attendeeLabel('fullName')} />
                  <TextInput source="organisation" label={attendeeLabel('organisation')} />
                </Box>
              )
            }
          </FormDataConsumer>
          <BooleanInput source="attended" label={attendeeLabel('attended')} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

/** Tập huấn nghiệp vụ or tuyên truyền pháp luật: what, which documents, for whom, when, where, who came. */
export function TrainingInputs() {
  const { units, isPending } = useUnits();
  return (
    <Box sx={{ width: '100%' }}>
      <RadioButtonGroupInput source="kind" label={label('kind')} choices={trainingKindChoices} />
      <TextInput source="title" label={label('title')} fullWidth />
      <TextInput
        source="legalDocuments"
        label={label('legalDocuments')}
        helperText="kntc.office.trainings.documents_help"
        multiline
        minRows={2}
        fullWidth
        format={documentsToText}
        parse={textToDocuments}
      />
      <TextInput source="audience" label={label('audience')} fullWidth />
      <Box sx={columns}>
        <DateInput source="dateFrom" label={label('dateFrom')} />
        <DateInput source="dateTo" label={label('dateTo')} />
        <TextInput source="place" label={label('place')} />
        <SelectInput source="organiserUnitId" label={label('organiserUnitId')} choices={units} optionText="name" translateChoice={false} isPending={isPending} />
      </Box>
      <ReferenceInput source="planItemId" reference="planItems" sort={{ field: 'position', order: 'ASC' }} perPage={100}>
        <SelectInput label={label('planItemId')} optionText={planItemText} emptyText="—" fullWidth />
      </ReferenceInput>
      <TextInput source="materials" label={label('materials')} multiline fullWidth />
      <TextInput source="note" label={label('note')} multiline fullWidth />
      <AttendeeInputs />
    </Box>
  );
}
