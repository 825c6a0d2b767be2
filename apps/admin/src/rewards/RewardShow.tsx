import { DateField, EditButton, FunctionField, Link, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import type { Reward } from '../office/data-methods';
import { allRewardFormChoices, breachChoices, label, rewardKindChoices, rewardStatusChoices, rewardSubjectChoices } from './choices';

function ShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

/** The letter or case a discipline concerns: a link for those who may open it, its number for the others. */
function CaseFileLinks({ reward }: { reward: Reward }) {
  const translate = useTranslate();
  const petitions = useCanAccess({ resource: 'petitions', action: 'show' });
  const cases = useCanAccess({ resource: 'cases', action: 'show' });
  const parts = [];
  if (reward.petitionId) {
    const text = translate('kntc.office.rewards.petition_link', { number: reward.petitionReceiptNumber ?? '—' });
    parts.push(petitions.canAccess ? <Link key="p" to={`/petitions/${reward.petitionId}/show`}>{text}</Link> : <span key="p">{text}</span>);
  }
  if (reward.caseId) {
    const text = translate('kntc.office.rewards.case_link', { number: reward.caseDecisionNumber ?? '' });
    parts.push(cases.canAccess ? <Link key="c" to={`/cases/${reward.caseId}/show`}>{text}</Link> : <span key="c">{text}</span>);
  }
  return parts.length === 0 ? <span>—</span> : <span style={{ display: 'inline-flex', gap: '1em' }}>{parts}</span>;
}

export function RewardShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <SelectField source="kind" label={label('kind')} choices={rewardKindChoices} />
        <SelectField source="status" label={label('status')} choices={rewardStatusChoices} />
        <SelectField source="subjectType" label={label('subjectType')} choices={rewardSubjectChoices} />
        <TextField source="subjectName" label={label('subjectName')} />
        <SelectField source="form" label={label('form')} choices={allRewardFormChoices} />
        <TextField source="reason" label={label('reason')} sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="proposalNumber" label={label('proposalNumber')} emptyText="—" />
        <DateField source="proposalDate" label={label('proposalDate')} />
        <TextField source="decisionNumber" label={label('decisionNumber')} emptyText="—" />
        <DateField source="decisionDate" label={label('decisionDate')} emptyText="—" />
        <TextField source="decisionSigner" label={label('decisionSigner')} emptyText="—" />
        <SelectField source="breach" label={label('breach')} choices={breachChoices} emptyText="—" />
        <FunctionField label={label('caseFile')} render={(r: Reward) => <CaseFileLinks reward={r} />} />
        <TextField source="note" label={label('note')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      </SimpleShowLayout>
    </Show>
  );
}
