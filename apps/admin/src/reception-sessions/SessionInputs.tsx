import { DateInput, RadioButtonGroupInput, TextInput } from 'react-admin';
import { hostModeChoices, label, sessionKindChoices } from './choices';

/** Ngày, giờ, địa điểm, người chủ trì, loại lịch: what the site publishes. */
export function SessionInputs() {
  return (
    <>
      <RadioButtonGroupInput source="kind" label={label('kind')} choices={sessionKindChoices} />
      <DateInput source="date" label={label('date')} />
      <TextInput source="startTime" label={label('startTime')} type="time" slotProps={{ inputLabel: { shrink: true } }} />
      <TextInput source="endTime" label={label('endTime')} type="time" slotProps={{ inputLabel: { shrink: true } }} />
      <TextInput source="place" label={label('place')} fullWidth />
      <TextInput source="hostName" label={label('hostName')} />
      <TextInput source="hostTitle" label={label('hostTitle')} />
      <RadioButtonGroupInput source="hostMode" label={label('hostMode')} choices={hostModeChoices} />
      <TextInput source="note" label={label('note')} multiline fullWidth />
    </>
  );
}
