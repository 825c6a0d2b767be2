import Box from '@mui/material/Box';
import {
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { besideOrBelow } from '../layout/aside';
import type { Petition } from '../providers/data-provider';
import { channelChoices, kindChoices } from './choices';
import { DeadlinePanel } from './DeadlinePanel';
import { DraftDeleteButton } from './DraftDeleteButton';
import { formatIsoDate } from './format';
import { isForwardedChannel } from './petition-form';
import { RegisterButton } from './RegisterButton';
import { StatusChip } from './StatusChip';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } } as const;
// Timestamps are instants: shown in Vietnam time whatever the browser's zone.
const timestamp = {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
} as const;

function ShowActions() {
  return (
    <TopToolbar>
      <RegisterButton />
      <EditButton />
      <DraftDeleteButton />
    </TopToolbar>
  );
}

function ForwardingFields() {
  const record = useRecordContext<Petition>();
  if (!record || !isForwardedChannel(record.channel)) return null;
  return (
    <Box sx={columns}>
      <Labeled>
        <TextField source="forwardingAgency" />
      </Labeled>
      <Labeled>
        <TextField source="forwardingDocNumber" emptyText="—" />
      </Labeled>
    </Box>
  );
}

export function PetitionShow() {
  return (
    <Show actions={<ShowActions />} aside={<DeadlinePanel />} sx={besideOrBelow}>
      <SimpleShowLayout>
        <Box sx={columns}>
          <Labeled>
            <TextField source="receiptNumber" emptyText="kntc.petitions.no_receipt" />
          </Labeled>
          <Labeled>
            <FunctionField<Petition> source="receivedDate" render={(record) => formatIsoDate(record.receivedDate)} />
          </Labeled>
          <Labeled>
            <FunctionField<Petition> source="status" render={() => <StatusChip />} />
          </Labeled>
          <Labeled>
            <SelectField source="kind" choices={kindChoices} translateChoice={false} />
          </Labeled>
          <Labeled>
            <SelectField source="channel" choices={channelChoices} translateChoice={false} />
          </Labeled>
          <Labeled>
            <NumberField source="signerCount" locales="vi-VN" />
          </Labeled>
        </Box>
        <ForwardingFields />
        <Box sx={columns}>
          <Labeled>
            <TextField source="sender.fullName" />
          </Labeled>
          <Labeled>
            <TextField source="sender.idNumber" emptyText="—" />
          </Labeled>
          <Labeled>
            <TextField source="sender.phone" emptyText="—" />
          </Labeled>
        </Box>
        <TextField source="sender.address" />
        <TextField source="summary" />
        <TextField source="content" component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }} />
        <Box sx={columns}>
          <Labeled>
            <DateField source="createdAt" showTime locales="vi-VN" options={timestamp} />
          </Labeled>
          <Labeled>
            <DateField source="updatedAt" showTime locales="vi-VN" options={timestamp} />
          </Labeled>
        </Box>
      </SimpleShowLayout>
    </Show>
  );
}
