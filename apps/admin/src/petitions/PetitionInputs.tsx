import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DateInput, FormDataConsumer, NumberInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { channelChoices, kindChoices } from './choices';
import { isForwardedChannel } from './petition-form';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
      {translate(title)}
    </Typography>
  );
}

/** The petition's fields, shared by Create and Edit; labels come from resources.petitions.fields. */
export function PetitionInputs() {
  return (
    <>
      <Section title="kntc.petitions.sections.letter" />
      <Box sx={columns}>
        <DateInput source="receivedDate" />
        <SelectInput source="channel" choices={channelChoices} translateChoice={false} />
        <SelectInput source="kind" choices={kindChoices} translateChoice={false} />
        <NumberInput source="signerCount" min={1} step={1} />
      </Box>
      <FormDataConsumer<{ channel?: string }>>
        {({ formData }) =>
          isForwardedChannel(formData.channel) ? (
            <>
              <Section title="kntc.petitions.sections.forwarding" />
              <Box sx={columns}>
                <TextInput source="forwardingAgency" />
                <TextInput source="forwardingDocNumber" />
              </Box>
            </>
          ) : null
        }
      </FormDataConsumer>

      <Section title="kntc.petitions.sections.sender" />
      <Box sx={columns}>
        <TextInput source="sender.fullName" autoComplete="off" />
        <TextInput source="sender.address" autoComplete="off" />
        <TextInput source="sender.idNumber" autoComplete="off" inputMode="numeric" />
        <TextInput source="sender.phone" autoComplete="off" type="tel" />
      </Box>

      <Section title="resources.petitions.fields.content" />
      <TextInput source="summary" fullWidth />
      <TextInput source="content" multiline minRows={6} fullWidth />
    </>
  );
}
