import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useEffect, useState } from 'react';
import {
  ArrayInput,
  BooleanInput,
  Button,
  DateInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useDataProvider,
  useRecordContext,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import { FieldInput } from '../petitions/FieldInput';
import type { KntcDataProvider, ReceptionVisit } from '../providers/data-provider';
import { headReceptionChoices, identityPaperChoices, matterKindChoices, modeChoices, outcomeChoices, visitKindChoices } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;
const label = (field: string) => `resources.receptionVisits.fields.${field}`;

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

function AddVisitorButton() {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="kntc.receptionVisits.add_visitor" onClick={() => add({ fullName: '', address: '', identityPaper: 'id_card', isRepresentative: false })}>
      <PersonAddIcon />
    </Button>
  );
}

/** Each visitor on a row, identity papers checked; representatives speak for a group (Luật TCD Đ29). */
function VisitorInputs() {
  const record = useRecordContext<ReceptionVisit>();
  const translate = useTranslate();
  if (record?.isProtected) return <Alert severity="info">{translate('kntc.receptionVisits.protected')}</Alert>;
  return (
    <ArrayInput source="visitors" label={false}>
      <SimpleFormIterator inline disableReordering disableClear addButton={<AddVisitorButton />} fullWidth>
        <TextInput source="fullName" label={label('visitors.fullName')} />
        <TextInput source="address" label={label('visitors.address')} />
        <TextInput source="idNumber" label={label('visitors.idNumber')} />
        <SelectInput source="identityPaper" label={label('visitors.identityPaper')} choices={identityPaperChoices} />
        <BooleanInput source="isRepresentative" label={label('visitors.isRepresentative')} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** The refusal grounds in force on the visit date (the 2026 ones marked as not yet checked against the official text). */
function RefusalGroundInput({ date }: { date: string | undefined }) {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const translate = useTranslate();
  const [choices, setChoices] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    const controller = new AbortController();
    dataProvider
      .refusalGrounds({ date, signal: controller.signal })
      .then(({ data }) =>
        setChoices(data.map((g) => ({ id: g.code, name: `${g.label} (${g.basis})${g.confidence === 'unconfirmed' ? ` ${translate('kntc.receptionVisits.unconfirmed_ground')}` : ''}` }))),
      )
      .catch(() => setChoices([]));
    return () => controller.abort();
  }, [date, dataProvider, translate]);
  return <SelectInput source="refusalGroundCode" label={label('refusalGroundCode')} choices={choices} fullWidth />;
}

/** The visit form: what Luật TCD Đ25.2 and Mẫu 06-TCD ask the register to hold. */
export function VisitInputs() {
  return (
    <Box sx={{ width: '100%' }}>
      <Section title="kntc.receptionVisits.sections.visit" />
      <Box sx={columns}>
        <DateInput source="visitDate" label={label('visitDate')} />
        <SelectInput source="kind" label={label('kind')} choices={visitKindChoices} />
        <SelectInput source="mode" label={label('mode')} choices={modeChoices} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.kind !== 'regular' ? <SelectInput source="headReception" label={label('headReception')} choices={headReceptionChoices} /> : null
          }
        </FormDataConsumer>
        <TextInput source="place" label={label('place')} />
        <NumberInput source="headcount" label={label('headcount')} min={1} />
      </Box>
      <Section title="kntc.receptionVisits.sections.visitors" hint="kntc.receptionVisits.sections.visitors_hint" />
      <VisitorInputs />
      <BooleanInput source="protectIdentity" label={label('protectIdentity')} />
      <Section title="kntc.receptionVisits.sections.matter" />
      <Box sx={columns}>
        <SelectInput source="matterKind" label={label('matterKind')} choices={matterKindChoices} />
        <FieldInput />
      </Box>
      <TextInput source="summary" label={label('summary')} fullWidth />
      <TextInput source="content" label={label('content')} multiline minRows={3} fullWidth />
      <TextInput source="history" label={label('history')} multiline fullWidth />
      <TextInput source="request" label={label('request')} multiline fullWidth />
      <Section title="kntc.receptionVisits.sections.outcome" hint="kntc.receptionVisits.sections.outcome_hint" />
      <SelectInput source="outcome" label={label('outcome')} choices={outcomeChoices} />
      <FormDataConsumer>{({ formData }) => (formData.outcome === 'refused' ? <RefusalGroundInput date={typeof formData.visitDate === 'string' ? formData.visitDate : undefined} /> : null)}</FormDataConsumer>
      <TextInput source="outcomeNote" label={label('outcomeNote')} multiline fullWidth />
    </Box>
  );
}
