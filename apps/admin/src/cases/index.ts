import GavelIcon from '@mui/icons-material/Gavel';
import type { Case } from './case-api';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

/** Titles and confirmations name a case by its number ("3/2026"). */
const recordRepresentation = (record: Case) => record.caseNumber;

export default {
  list: CaseList,
  show: CaseShow,
  icon: GavelIcon,
  recordRepresentation,
};
