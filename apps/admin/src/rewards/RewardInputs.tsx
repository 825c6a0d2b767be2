import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import type { Petition } from '../providers/data-provider';
import { officialChoices, useOfficials } from '../office/use-officials';
import { useUnits } from '../users/use-units';
import { breachChoices, label, rewardFormChoices, rewardKindChoices, rewardSubjectChoices } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;
const toQuery = (q: string) => ({ q });
const petitionText = (p: Petition) => `${p.receiptNumber ?? 'nháp'} – ${p.summary}`;
const caseText = (c: { caseNumber: string; subject?: string | null }) => (c.subject ? `${c.caseNumber} – ${c.subject}` : c.caseNumber);

/**
 * The letter or case a discipline is about. Picking one needs to read letters and cases; a clerk
 * without that sees why the pickers are missing instead of an empty list.
 */
function CaseFileInputs() {
  const translate = useTranslate();
  const petitions = useCanAccess({ resource: 'petitions', action: 'list' });
  const cases = useCanAccess({ resource: 'cases', action: 'list' });
  if (!petitions.canAccess && !cases.canAccess) {
    return petitions.isPending || cases.isPending ? null : (
      <Typography variant="body2" color="text.secondary">
        {translate('kntc.office.rewards.link_unavailable')}
      </Typography>
    );
  }
  return (
    <Box sx={columns}>
      {petitions.canAccess ? (
        <ReferenceInput source="petitionId" reference="petitions" sort={{ field: 'receivedDate', order: 'DESC' }}>
          <AutocompleteInput label={label('petitionId')} optionText={petitionText} filterToQuery={toQuery} />
        </ReferenceInput>
      ) : null}
      {cases.canAccess ? (
        <ReferenceInput source="caseId" reference="cases" sort={{ field: 'updatedAt', order: 'DESC' }}>
          <AutocompleteInput label={label('caseId')} optionText={caseText} filterToQuery={toQuery} />
        </ReferenceInput>
      ) : null}
    </Box>
  );
}

/** Khen thưởng or kỷ luật of an official or a unit, from the proposal to the decision. */
export function RewardInputs() {
  const translate = useTranslate();
  const { officials, isPending } = useOfficials();
  const { units, isPending: unitsPending } = useUnits();
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={columns}>
        <RadioButtonGroupInput source="kind" label={label('kind')} choices={rewardKindChoices} />
        <RadioButtonGroupInput source="subjectType" label={label('subjectType')} choices={rewardSubjectChoices} />
      </Box>
      <FormDataConsumer>
        {({ formData }) => (
          <Box sx={columns}>
            {formData.subjectType === 'unit' ? (
              <SelectInput source="unitId" label={label('unitId')} choices={units} optionText="name" translateChoice={false} isPending={unitsPending} />
            ) : (
              <SelectInput source="userId" label={label('userId')} choices={officialChoices(officials)} translateChoice={false} isPending={isPending} />
            )}
            <SelectInput source="form" label={label('form')} choices={rewardFormChoices(formData.kind, formData.subjectType)} translateChoice={false} />
          </Box>
        )}
      </FormDataConsumer>
      <TextInput source="reason" label={label('reason')} multiline minRows={2} fullWidth />
      <Box sx={columns}>
        <TextInput source="proposalNumber" label={label('proposalNumber')} />
        <DateInput source="proposalDate" label={label('proposalDate')} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('kntc.office.rewards.decision_help')}
      </Typography>
      <Box sx={columns}>
        <TextInput source="decisionNumber" label={label('decisionNumber')} />
        <DateInput source="decisionDate" label={label('decisionDate')} />
        <TextInput source="decisionSigner" label={label('decisionSigner')} />
      </Box>
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'discipline' ? (
            <Box>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('kntc.office.rewards.link_help')}
              </Typography>
              <SelectInput source="breach" label={label('breach')} choices={breachChoices} emptyText="—" />
              <CaseFileInputs />
            </Box>
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="note" label={label('note')} multiline fullWidth />
    </Box>
  );
}
