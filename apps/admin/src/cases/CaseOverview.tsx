import { caseKindLabels, caseStatusLabels, type PermissionRow } from '@kntc/domain';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { Link, useCreatePath, useGetIdentity, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { Case } from './case-api';
import { canRunCaseCommand, canSetFlags, canTakeOver } from './case-commands';
import { CaseDeadlineChip } from './CaseDeadlineChip';
import { CaseStatusChip } from './CaseStatusChip';
import { useCaseWorkspace } from './CaseWorkspace';
import { Item, itemGrid, Section } from './Section';
import { TextButton } from './TextButton';

function Flags({ record }: { record: Case }) {
  const translate = useTranslate();
  if (!record.isComplex && !record.isRemote) return <span>{translate('kntc.cases.flags_none')}</span>;
  return (
    <Stack direction="row" spacing={1} component="span">
      {record.isComplex ? <Chip size="small" label={translate('kntc.cases.fields.isComplex')} /> : null}
      {record.isRemote ? <Chip size="small" label={translate('kntc.cases.fields.isRemote')} /> : null}
    </Stack>
  );
}

function DecisionItems({ record }: { record: Case }) {
  const translate = useTranslate();
  if (!record.decisionNumber && !record.resultSummary) return null;
  const isConclusion = record.kind === 'denunciation';
  return (
    <>
      <Item label={isConclusion ? 'kntc.cases.fields.conclusionNumber' : 'kntc.cases.fields.decisionNumber'}>
        <strong>{record.decisionNumber ?? '—'}</strong>
      </Item>
      <Item label="kntc.cases.fields.signedDate">{formatIsoDate(record.signedDate) || '—'}</Item>
      <Item label="kntc.cases.fields.sendDueDate">
        {formatIsoDate(record.sendDueDate) || '—'}
        {record.sentDate ? ` · ${translate('kntc.cases.sent_on', { date: formatIsoDate(record.sentDate) })}` : null}
      </Item>
      <Item label="kntc.cases.fields.resultSummary" wide>
        {record.resultSummary ?? '—'}
      </Item>
    </>
  );
}

/**
 * Tổng quan: what the case is, where it stands, who holds it, and what moved its deadline
 * (complexity, remote area, extensions, days suspended). The party of a denunciation appears only
 * under the pseudonym the API gives (Luật Tố cáo Đ47): the screen never has the name.
 */
export function CaseOverview() {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<PermissionRow>();
  const { identity } = useGetIdentity();
  const { open } = useCaseWorkspace();
  if (!record) return null;
  const userId = identity ? String(identity.id) : undefined;
  const isDenunciation = record.kind === 'denunciation';

  return (
    <Section title="kntc.cases.sections.overview">
      <Box component="dl" sx={itemGrid}>
        <Item label="resources.cases.fields.caseNumber">
          <strong>{record.caseNumber}</strong>
        </Item>
        <Item label="resources.cases.fields.kind">{caseKindLabels[record.kind]}</Item>
        <Item label="resources.cases.fields.status">
          <CaseStatusChip status={record.status} />
          {record.status === 'suspended' && record.statusBeforeSuspension
            ? ` ${translate('kntc.cases.suspended_from', { status: caseStatusLabels[record.statusBeforeSuspension] })}`
            : null}
        </Item>
        <Item label="kntc.cases.fields.letter">
          <Link to={createPath({ resource: 'petitions', id: record.petitionId, type: 'show' })}>
            {translate('kntc.cases.letter_link', { number: record.petitionReceiptNumber ?? '—' })}
          </Link>
        </Item>
        <Item label={isDenunciation ? 'kntc.cases.fields.denouncer' : 'kntc.cases.fields.complainant'}>
          {record.partyName}
          {isDenunciation ? (
            <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.75rem' }}>
              {translate('kntc.cases.identity_protected')}
            </Box>
          ) : null}
        </Item>
        <Item label="resources.cases.fields.acceptedDate">{formatIsoDate(record.acceptedDate)}</Item>
        <Item label="resources.cases.fields.subject" wide>
          {record.subject}
        </Item>
        <Item label="resources.cases.fields.dueDate">
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
            <strong>{formatIsoDate(record.dueDate)}</strong>
            <CaseDeadlineChip status={record.status} deadlineStatus={record.deadlineStatus} />
          </Stack>
        </Item>
        <Item label="resources.cases.fields.assigneeName">
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <span>{record.assigneeName ?? translate('kntc.cases.unassigned')}</span>
            {canTakeOver(record, permissions, userId) ? (
              <TextButton label="kntc.cases.commands.take_over" size="small" variant="outlined" onClick={() => open('take_over')} />
            ) : null}
            {permissions && canRunCaseCommand(permissions, 'assign') && record.status !== 'closed' && record.status !== 'terminated' ? (
              <TextButton label="kntc.cases.commands.assign" size="small" onClick={() => open('assign')} />
            ) : null}
          </Stack>
        </Item>
        <Item label="kntc.cases.fields.flags">
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Flags record={record} />
            {canSetFlags(record, permissions) ? (
              <TextButton label="kntc.cases.update_flags" size="small" variant="outlined" onClick={() => open('set_flags')} />
            ) : null}
          </Stack>
        </Item>
        {isDenunciation ? (
          <Item label="resources.cases.fields.extensions">
            {translate('kntc.cases.extensions_count', { smart_count: record.extensions })}
          </Item>
        ) : null}
        <Item label="resources.cases.fields.suspendedDays">
          {translate('kntc.cases.days_count', { smart_count: record.suspendedDays })}
          {record.suspendedSince ? ` · ${translate('kntc.cases.suspended_since', { date: formatIsoDate(record.suspendedSince) })}` : null}
        </Item>
        <DecisionItems record={record} />
        {record.closedDate ? <Item label="resources.cases.fields.closedDate">{formatIsoDate(record.closedDate)}</Item> : null}
      </Box>
    </Section>
  );
}
