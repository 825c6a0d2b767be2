import Box from '@mui/material/Box';
import { deadlineUnitLabels } from '@kntc/domain';
import {
  BooleanField,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ConfidenceChip } from '../legal-clock/ConfidenceChip';
import { vietnamTimestamp } from '../layout/timestamp';
import { formatIsoDate } from '../petitions/format';
import type { DeadlineRuleRecord } from '../providers/data-provider';
import { NewVersionButton } from './NewVersionButton';
import { describeExtensions, describeVariants } from './rule-form';
import { RuleValidityChip } from './RuleValidityChip';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } } as const;

function ShowActions() {
  return (
    <TopToolbar>
      <NewVersionButton />
      <EditButton />
    </TopToolbar>
  );
}

export function DeadlineRuleShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <Box sx={columns}>
          <Labeled>
            <TextField source="label" />
          </Labeled>
          <Labeled>
            <TextField source="key" />
          </Labeled>
          <Labeled label="kntc.deadline_rules.validity">
            <FunctionField<DeadlineRuleRecord> render={(rule) => <RuleValidityChip rule={rule} />} />
          </Labeled>
          <Labeled>
            <FunctionField<DeadlineRuleRecord> source="effectiveFrom" render={(rule) => formatIsoDate(rule.effectiveFrom)} />
          </Labeled>
          <Labeled>
            <FunctionField<DeadlineRuleRecord>
              source="effectiveTo"
              render={(rule) => (rule.effectiveTo ? formatIsoDate(rule.effectiveTo) : '—')}
            />
          </Labeled>
          <Labeled>
            <TextField source="startEvent" />
          </Labeled>
          <Labeled>
            <FunctionField<DeadlineRuleRecord> source="days" render={(rule) => `${rule.days} ${deadlineUnitLabels[rule.unit]}`} />
          </Labeled>
          <Labeled label="kntc.deadline_rules.variants">
            <FunctionField<DeadlineRuleRecord> source="variants" render={(rule) => describeVariants(rule.variants, rule.unit) || '—'} />
          </Labeled>
          <Labeled>
            <FunctionField<DeadlineRuleRecord> source="maxExtensions" render={(rule) => describeExtensions(rule) || '—'} />
          </Labeled>
          <Labeled>
            <BooleanField source="rollToWorkingDay" />
          </Labeled>
          <Labeled>
            <FunctionField<DeadlineRuleRecord> source="confidence" render={(rule) => <ConfidenceChip mark={rule.confidence} />} />
          </Labeled>
          <Labeled>
            <NumberField source="version" />
          </Labeled>
        </Box>
        <TextField source="basis" />
        <TextField source="note" emptyText="—" />
        <DateField source="updatedAt" showTime locales="vi-VN" options={vietnamTimestamp} />
      </SimpleShowLayout>
    </Show>
  );
}
