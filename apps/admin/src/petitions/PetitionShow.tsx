import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
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
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { besideOrBelow } from '../layout/aside';
import { ApproveButton, RejectButton } from '../letter-workflow/ApprovalButtons';
import { ClassifyButton } from '../letter-workflow/ClassifyButton';
import { MarkDuplicateButton, UnlinkDuplicateButton } from '../letter-workflow/DuplicateButtons';
import { HandlingSection } from '../letter-workflow/HandlingSection';
import { ProposeButton } from '../letter-workflow/ProposeButton';
import { SplitButton, UnsplitButton } from '../letter-workflow/SplitButtons';
import { SplitItemsPanel } from '../letter-workflow/SplitItemsPanel';
import { RevisionProvider, useRevision } from '../letter-workflow/revision';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { RevealIdentityButton } from '../identities/RevealIdentityButton';
import { ProtectedSenderNote } from '../identities/ProtectedSenderNote';
import type { Petition } from '../providers/data-provider';
import { channelChoices, kindChoices } from './choices';
import { DeadlinePanel } from './DeadlinePanel';
import { DraftDeleteButton } from './DraftDeleteButton';
import { VisitOfLetter } from '../reception-visits/VisitOfLetter';
import { FieldName } from './FieldName';
import { formatIsoDate } from './format';
import { isForwardedChannel } from './petition-form';
import { ReceiptButton } from './ReceiptButton';
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
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <RegisterButton />
      <ReceiptButton />
      {/* Each step shows only when the letter's state and the user's role allow it. */}
      <ClassifyButton />
      <ProposeButton />
      <ApproveButton />
      <RejectButton />
      <MarkDuplicateButton />
      <UnlinkDuplicateButton />
      <SplitButton />
      <UnsplitButton />
      <EditButton />
      <RevealIdentityButton />
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

function SubHeading({ id, title }: { id: string; title: string }) {
  const translate = useTranslate();
  return (
    <Typography id={id} variant="subtitle1" component="h2" sx={{ mt: 1 }}>
      {translate(title)}
    </Typography>
  );
}

/** Đơn nhiều người ký: everyone named on the letter, representatives marked. */
function CoSendersTable() {
  const record = useRecordContext<Petition>();
  const translate = useTranslate();
  const titleId = useId();
  if (!record || record.coSenders.length === 0) return null;
  const field = (name: string) => translate(`resources.petitions.fields.coSenders.${name}`);
  return (
    <Box component="section" aria-labelledby={titleId}>
      <SubHeading id={titleId} title="kntc.letters.sections.co_senders" />
      <Table size="small" aria-labelledby={titleId}>
        <TableHead>
          <TableRow>
            <TableCell>{field('fullName')}</TableCell>
            <TableCell>{field('address')}</TableCell>
            <TableCell>{field('idNumber')}</TableCell>
            <TableCell>{field('phone')}</TableCell>
            <TableCell>{field('isRepresentative')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.coSenders.map((s, index) => (
            <TableRow key={`${index}-${s.fullName}`}>
              <TableCell>{s.fullName}</TableCell>
              <TableCell>{s.address}</TableCell>
              <TableCell>{s.idNumber ?? '—'}</TableCell>
              <TableCell>{s.phone ?? '—'}</TableCell>
              <TableCell>{s.isRepresentative ? translate('kntc.letters.co_senders.representative') : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** The sender; a protected one appears only under the pseudonym, with a note saying why. */
function SenderFields() {
  const record = useRecordContext<Petition>();
  if (!record) return null;
  if (record.isProtected) {
    return (
      <Box>
        <Labeled>
          <TextField source="sender.fullName" />
        </Labeled>
        <ProtectedSenderNote />
      </Box>
    );
  }
  return (
    <>
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
        <Labeled>
          <TextField source="sender.email" emptyText="—" />
        </Labeled>
      </Box>
      <Labeled>
        <TextField source="sender.address" />
      </Labeled>
    </>
  );
}

/** Who or what the letter is against: the person or body, and the decision complained of. */
function PartiesFields() {
  const record = useRecordContext<Petition>();
  const respondentId = useId();
  const decisionId = useId();
  if (!record) return null;
  const decision = record.contestedDecision;
  return (
    <>
      {record.respondent ? (
        <Box component="section" aria-labelledby={respondentId}>
          <SubHeading id={respondentId} title="kntc.letters.sections.respondent" />
          <Box sx={columns}>
            <Labeled>
              <TextField source="respondent.name" />
            </Labeled>
            <Labeled>
              <TextField source="respondent.position" emptyText="—" />
            </Labeled>
            <Labeled>
              <TextField source="respondent.organisation" emptyText="—" />
            </Labeled>
          </Box>
        </Box>
      ) : null}
      {decision && (decision.number || decision.date || decision.issuer) ? (
        <Box component="section" aria-labelledby={decisionId}>
          <SubHeading id={decisionId} title="kntc.letters.sections.contested_decision" />
          <Box sx={columns}>
            <Labeled>
              <TextField source="contestedDecision.number" emptyText="—" />
            </Labeled>
            <Labeled>
              <FunctionField<Petition>
                source="contestedDecision.date"
                render={(r) => formatIsoDate(r.contestedDecision?.date) || '—'}
              />
            </Labeled>
            <Labeled>
              <TextField source="contestedDecision.issuer" emptyText="—" />
            </Labeled>
          </Box>
        </Box>
      ) : null}
    </>
  );
}

function LetterDetails() {
  return (
    <Card>
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
          <Labeled>
            <FunctionField<Petition> source="fieldCode" render={() => <FieldName emptyText="kntc.petitions.no_field" />} />
          </Labeled>
        </Box>
        <ForwardingFields />
        <VisitOfLetter />
        <SenderFields />
        <CoSendersTable />
        <PartiesFields />
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
    </Card>
  );
}

/** The records around the letter; each reloads when a step changes the letter's version. */
function LetterPanels() {
  const record = useRecordContext<Petition>();
  const { bump } = useRevision();
  const { canAccess: canAttach } = useCanAccess({ resource: 'petitions', action: 'attach' });
  if (!record) return null;
  return (
    <>
      <HandlingSection />
      <SplitItemsPanel />
      {record.status === 'draft' ? null : (
        <DocumentsPanel subjectType="petition" subjectId={record.id} reloadKey={String(record.version)} />
      )}
      <AttachmentsPanel subjectType="petition" subjectId={record.id} canWrite={canAttach === true} onChange={bump} />
      <TimelinePanel />
    </>
  );
}

export function PetitionShow() {
  return (
    <RevisionProvider>
      <Show actions={<ShowActions />} aside={<DeadlinePanel />} sx={besideOrBelow} component="div">
        <Stack spacing={2}>
          <LetterDetails />
          <LetterPanels />
        </Stack>
      </Show>
    </RevisionProvider>
  );
}
