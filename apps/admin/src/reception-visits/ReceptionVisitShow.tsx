import Typography from '@mui/material/Typography';
import {
  ArrayField,
  BooleanField,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  RecordContextProvider,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  Datagrid,
  Link,
} from 'react-admin';
import { ReceiptButton } from '../petitions/ReceiptButton';
import type { ReceptionVisit } from '../providers/data-provider';
import { headReceptionChoices, identityPaperChoices, matterKindChoices, modeChoices, outcomeChoices, visitKindChoices } from './choices';

const label = (field: string) => `resources.receptionVisits.fields.${field}`;

/** The letter the visitor handed over: a link to it and its receipt (the petition's own receipt button). */
function LetterPanel() {
  const visit = useRecordContext<ReceptionVisit>();
  const translate = useTranslate();
  if (!visit?.letter) return null;
  return (
    <Labeled label={label('letter')}>
      <span>
        <Link to={`/petitions/${visit.letter.id}/show`}>{translate('kntc.receptionVisits.letter_link', { number: visit.letter.receiptNumber ?? '' })}</Link>
        <RecordContextProvider value={{ ...visit.letter, id: visit.letter.id }}>
          <ReceiptButton />
        </RecordContextProvider>
      </span>
    </Labeled>
  );
}

function ShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

export function ReceptionVisitShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="visitNumber" label={label('visitNumber')} />
        <DateField source="visitDate" label={label('visitDate')} />
        <SelectField source="kind" label={label('kind')} choices={visitKindChoices} />
        <SelectField source="headReception" label={label('headReception')} choices={headReceptionChoices} emptyText="—" />
        <SelectField source="mode" label={label('mode')} choices={modeChoices} />
        <TextField source="place" label={label('place')} />
        <TextField source="receivingOfficialName" label={label('receivingOfficialName')} />
        <NumberField source="headcount" label={label('headcount')} />
        <BooleanField source="isGroup" label={label('isGroup')} />
        <ArrayField source="visitors" label={label('visitors')}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="fullName" label={label('visitors.fullName')} />
            <TextField source="address" label={label('visitors.address')} />
            <TextField source="idNumber" label={label('visitors.idNumber')} emptyText="—" />
            <SelectField source="identityPaper" label={label('visitors.identityPaper')} choices={identityPaperChoices} />
            <BooleanField source="isRepresentative" label={label('visitors.isRepresentative')} />
          </Datagrid>
        </ArrayField>
        <SelectField source="matterKind" label={label('matterKind')} choices={matterKindChoices} />
        <TextField source="summary" label={label('summary')} />
        <TextField source="content" label={label('content')} sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="history" label={label('history')} emptyText="—" />
        <TextField source="request" label={label('request')} />
        <FunctionField
          label={label('isRepeat')}
          render={(v: ReceptionVisit) =>
            v.isRepeat ? `${translate('kntc.receptionVisits.repeat')}${v.repeatOfReceiptNumber ? ` (${v.repeatOfReceiptNumber})` : ''}` : translate('kntc.receptionVisits.first_time')
          }
        />
        <SelectField source="outcome" label={label('outcome')} choices={outcomeChoices} />
        <TextField source="refusalGroundText" label={label('refusalGroundText')} emptyText="—" />
        <TextField source="outcomeNote" label={label('outcomeNote')} emptyText="—" />
        <LetterPanel />
        <DateField source="replyDueDate" label={label('replyDueDate')} />
        <FunctionField render={(v: ReceptionVisit) => (v.isProtected ? <Typography variant="body2">{translate('kntc.receptionVisits.protected')}</Typography> : null)} />
      </SimpleShowLayout>
    </Show>
  );
}
