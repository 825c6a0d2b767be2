import { todayInVietnam } from '@kntc/domain';
import Chip from '@mui/material/Chip';
import { ruleValidity, ruleValidityLabels } from './rule-form';

/** Whether this version applies to something happening today. */
export function RuleValidityChip({ rule }: { rule: { effectiveFrom: string; effectiveTo: string | null } }) {
  const validity = ruleValidity(rule, todayInVietnam());
  return (
    <Chip
      size="small"
      variant="outlined"
      color={validity === 'in_force' ? 'primary' : 'default'}
      label={ruleValidityLabels[validity]}
    />
  );
}
