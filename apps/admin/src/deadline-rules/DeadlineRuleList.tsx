import Typography from '@mui/material/Typography';
import { deadlineUnitLabels } from '@kntc/domain';
import { useMemo } from 'react';
import { CreateButton, Datagrid, FunctionField, List, TopToolbar, useListContext } from 'react-admin';
import { ConfidenceChip } from '../legal-clock/ConfidenceChip';
import { formatIsoDate } from '../petitions/format';
import type { DeadlineRuleRecord } from '../providers/data-provider';
import { describeExtensions, describeVariants } from './rule-form';
import { RuleValidityChip } from './RuleValidityChip';

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton label="kntc.deadline_rules.new_version" />
    </TopToolbar>
  );
}

/**
 * The API sorts by key then effective date, so the versions of one deadline follow each other;
 * a rule line separates the deadlines, and unverified sources (U) are tinted to be checked.
 */
function RuleDatagrid() {
  const { data } = useListContext<DeadlineRuleRecord>();
  const firstOfKey = useMemo(
    () => new Set((data ?? []).filter((rule, index, all) => all[index - 1]?.key !== rule.key).map((rule) => rule.id)),
    [data],
  );
  return (
    <Datagrid
      rowClick="show"
      bulkActionButtons={false}
      rowSx={(record) => ({
        ...(firstOfKey.has(String(record.id)) ? { '& td': { borderTop: '2px solid', borderTopColor: 'divider' } } : {}),
        ...(record.confidence === 'U' ? { backgroundColor: 'rgba(237, 108, 2, 0.06)' } : {}),
      })}
    >
      <FunctionField<DeadlineRuleRecord>
        source="label"
        sortable={false}
        render={(rule) => (
          <>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {rule.label}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {rule.key}
            </Typography>
          </>
        )}
      />
      <FunctionField<DeadlineRuleRecord>
        source="days"
        sortable={false}
        render={(rule) => <span style={{ whiteSpace: 'nowrap' }}>{`${rule.days} ${deadlineUnitLabels[rule.unit]}`}</span>}
      />
      <FunctionField<DeadlineRuleRecord>
        source="variants"
        label="kntc.deadline_rules.variants"
        sortable={false}
        render={(rule) => describeVariants(rule.variants, rule.unit) || '—'}
      />
      <FunctionField<DeadlineRuleRecord>
        source="maxExtensions"
        sortable={false}
        render={(rule) => describeExtensions(rule) || '—'}
      />
      <FunctionField<DeadlineRuleRecord> source="effectiveFrom" sortable={false} render={(rule) => formatIsoDate(rule.effectiveFrom)} />
      <FunctionField<DeadlineRuleRecord>
        source="effectiveTo"
        sortable={false}
        render={(rule) => (rule.effectiveTo ? formatIsoDate(rule.effectiveTo) : '—')}
      />
      <FunctionField<DeadlineRuleRecord> label="kntc.deadline_rules.validity" render={(rule) => <RuleValidityChip rule={rule} />} />
      <FunctionField<DeadlineRuleRecord> source="confidence" sortable={false} render={(rule) => <ConfidenceChip mark={rule.confidence} />} />
    </Datagrid>
  );
}

/** Quy tắc thời hạn: every version of every statutory deadline; the table is small and comes whole. */
export function DeadlineRuleList() {
  return (
    <List actions={<ListActions />} perPage={200} pagination={false} exporter={false}>
      <RuleDatagrid />
    </List>
  );
}
