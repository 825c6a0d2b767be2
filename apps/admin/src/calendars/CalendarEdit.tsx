import { BooleanInput, Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useRecalculationNotice } from '../deadline-recalculations/use-recalculation-notice';
import { useSaveErrorHandler } from '../forms/save-errors';
import { calendarResolver } from './calendar-form';
import { CalendarEntryInputs } from './CalendarEntryInputs';

// Reloading after a conflict must not wipe the rows the user typed.
const keepTyping = { keepDirtyValues: true } as const;

function EditActions() {
  return (
    <TopToolbar>
      <ShowButton />
    </TopToolbar>
  );
}

function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

/**
 * Pessimistic: saving a year moves the due dates of open letters on the server, so the form
 * waits for the answer, keeps the input on an error, and then says how many letters moved.
 */
export function CalendarEdit() {
  const onError = useSaveErrorHandler('kntc.calendars.reload');
  const { transform, onSuccess } = useRecalculationNotice();
  return (
    <Edit mutationMode="pessimistic" actions={<EditActions />} transform={transform} mutationOptions={{ onSuccess, onError }}>
      <SimpleForm resolver={calendarResolver} resetOptions={keepTyping} toolbar={<EditToolbar />}>
        <BooleanInput source="provisional" label="kntc.calendars.provisional_input" helperText="kntc.calendars.provisional_help" />
        <CalendarEntryInputs />
      </SimpleForm>
    </Edit>
  );
}
