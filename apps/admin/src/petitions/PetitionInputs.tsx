import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  ArrayInput,
  Button,
  DateInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useRecordContext,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import Alert from '@mui/material/Alert';
import { CheckboxInput } from './CheckboxInput';
import { channelChoices, kindChoices } from './choices';
import { FieldInput } from './FieldInput';
import { isAlwaysProtected, isForwardedChannel } from './petition-form';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;

function Section({ title, hint }: { title: string; hint?: string }) {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 2, mb: hint ? 0 : 1 }}>
        {translate(title)}
      </Typography>
      {hint ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(hint)}
        </Typography>
      ) : null}
    </>
  );
}

/** A worded button: a bare "+" icon says too little on a form filled in at the reception desk. */
function AddCoSenderButton() {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="kntc.letters.co_senders.add" onClick={() => add()}>
      <PersonAddIcon />
    </Button>
  );
}

/** Đơn nhiều người ký: each co-signer on a row; representatives speak for the group (Luật TCD Đ29). */
function CoSenderInputs() {
  return (
    <ArrayInput source="coSenders" label={false}>
      <SimpleFormIterator
        inline
        disableReordering
        disableClear
        addButton={<AddCoSenderButton />}
        fullWidth
        sx={{ '& .RaSimpleFormIterator-form': { flexWrap: { sm: 'wrap' } } }}
      >
        {/* Flex bases rather than fixed widths: the row wraps beside the deadline panel on Edit. */}
        <TextInput source="fullName" autoComplete="off" sx={{ flex: '2 1 200px' }} />
        <TextInput source="address" autoComplete="off" sx={{ flex: '3 1 260px' }} />
        <TextInput source="idNumber" autoComplete="off" inputMode="numeric" sx={{ flex: '1 1 170px' }} />
        <TextInput source="phone" autoComplete="off" type="tel" sx={{ flex: '1 1 150px' }} />
        <TextInput source="email" autoComplete="off" type="email" sx={{ flex: '1 1 200px' }} />
        <CheckboxInput source="isRepresentative" label="resources.petitions.fields.coSenders.isRepresentative" sx={{ alignSelf: 'center', whiteSpace: 'nowrap' }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** Whether the sender's identity is sealed: always for a denunciation, on request for other letters. */
function ProtectIdentityInput() {
  const translate = useTranslate();
  return (
    <FormDataConsumer<{ kind?: string }>>
      {({ formData }) =>
        isAlwaysProtected(formData.kind) ? (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate('kntc.identities.always_protected')}
          </Alert>
        ) : (
          <CheckboxInput source="protectIdentity" />
        )
      }
    </FormDataConsumer>
  );
}

/**
 * The sender and co-signers. A letter already protected shows only its pseudonyms: the names are
 * in the vault, behind "Xem danh tính", and the form sends no signers back (keepProtectedSigners).
 */
function SignerInputs() {
  const record = useRecordContext<{ isProtected?: boolean; sender?: { fullName: string }; coSenders?: { fullName: string }[] }>();
  const translate = useTranslate();
  if (record?.isProtected) {
    const names = [record.sender?.fullName, ...(record.coSenders ?? []).map((s) => s.fullName)].filter(Boolean).join(', ');
    return (
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('kntc.identities.protected_form', { names })}
      </Alert>
    );
  }
  return (
    <>
      <ProtectIdentityInput />
      <Box sx={columns}>
        <TextInput source="sender.fullName" autoComplete="off" />
        <TextInput source="sender.address" autoComplete="off" />
        <TextInput source="sender.idNumber" autoComplete="off" inputMode="numeric" />
        <TextInput source="sender.phone" autoComplete="off" type="tel" />
        <TextInput source="sender.email" autoComplete="off" type="email" />
      </Box>

      <Section title="kntc.letters.sections.co_senders" hint="kntc.letters.co_senders.hint" />
      <CoSenderInputs />
    </>
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
        <FieldInput />
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
      <SignerInputs />

      <Section title="kntc.letters.sections.respondent" hint="kntc.letters.optional_section" />
      <Box sx={columns}>
        <TextInput source="respondent.name" autoComplete="off" />
        <TextInput source="respondent.position" autoComplete="off" />
        <TextInput source="respondent.organisation" autoComplete="off" />
      </Box>

      <Section title="kntc.letters.sections.contested_decision" hint="kntc.letters.optional_section" />
      <Box sx={columns}>
        <TextInput source="contestedDecision.number" autoComplete="off" />
        <DateInput source="contestedDecision.date" />
        <TextInput source="contestedDecision.issuer" autoComplete="off" />
      </Box>

      <Section title="resources.petitions.fields.content" />
      <TextInput source="summary" fullWidth />
      <TextInput source="content" multiline minRows={6} fullWidth />
    </>
  );
}
