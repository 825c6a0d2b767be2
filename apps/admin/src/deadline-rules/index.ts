import GavelIcon from '@mui/icons-material/Gavel';
import { formatIsoDate } from '../petitions/format';
import type { DeadlineRuleRecord } from '../providers/data-provider';
import { DeadlineRuleCreate } from './DeadlineRuleCreate';
import { DeadlineRuleEdit } from './DeadlineRuleEdit';
import { DeadlineRuleList } from './DeadlineRuleList';
import { DeadlineRuleShow } from './DeadlineRuleShow';

export default {
  list: DeadlineRuleList,
  show: DeadlineRuleShow,
  create: DeadlineRuleCreate,
  edit: DeadlineRuleEdit,
  icon: GavelIcon,
  recordRepresentation: (rule: DeadlineRuleRecord) => `${rule.label} (từ ${formatIsoDate(rule.effectiveFrom)})`,
};
