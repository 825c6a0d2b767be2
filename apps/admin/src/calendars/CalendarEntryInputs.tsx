import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import {
  ArrayInput,
  Button,
  DateInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useSimpleFormIterator,
  useSimpleFormIteratorItem,
  useTranslate,
} from 'react-admin';
import { newEntryDefaults } from './calendar-form';
import { entryKindChoices } from './choices';
import { RestoreDefaultButton } from './RestoreDefaultButton';

/** Under the list: add a day, or start over from the rule-derived default of the year. */
function EntryListActions() {
  const { add } = useSimpleFormIterator();
  return (
    <>
      <Button label="kntc.calendars.add_entry" onClick={() => add({ ...newEntryDefaults })}>
        <AddIcon />
      </Button>
      <RestoreDefaultButton />
    </>
  );
}

/** Names its row, so a screen reader user knows which of the twenty "remove" buttons this is. */
function RemoveEntryButton() {
  const { remove, index } = useSimpleFormIteratorItem();
  const translate = useTranslate();
  const label = translate('kntc.calendars.remove_entry', { row: index + 1 });
  return (
    <Tooltip title={label}>
      <IconButton aria-label={label} size="small" color="warning" onClick={() => remove()}>
        <RemoveIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/**
 * react-admin shows a row's remove button only under the mouse, which hides it from the keyboard
 * and from screen readers; here it is always there.
 */
const rowLayout = { '& .RaSimpleFormIterator-action': { visibility: 'visible' } } as const;

/**
 * One row per day off or make-up day. Rows keep the order they were typed in: a server error
 * on "entries.3.date" must land on the fourth row on screen; the saved year is shown sorted.
 */
export function CalendarEntryInputs() {
  return (
    <ArrayInput source="entries" label="kntc.calendars.entries">
      <SimpleFormIterator
        inline
        fullWidth
        sx={rowLayout}
        disableReordering
        disableClear
        getItemLabel={(index) => `${index + 1}.`}
        addButton={<EntryListActions />}
        removeButton={<RemoveEntryButton />}
      >
        <DateInput source="date" helperText={false} sx={{ width: 180 }} />
        <SelectInput source="kind" choices={entryKindChoices} translateChoice={false} helperText={false} sx={{ width: 170 }} />
        <TextInput source="reason" helperText={false} sx={{ flex: 1, minWidth: 220 }} />
        <TextInput source="source" helperText={false} sx={{ flex: 1, minWidth: 220 }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
