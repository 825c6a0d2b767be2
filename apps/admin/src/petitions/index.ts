import DescriptionIcon from '@mui/icons-material/Description';
import type { Petition } from '../providers/data-provider';
import { PetitionCreate } from './PetitionCreate';
import { PetitionEdit } from './PetitionEdit';
import { PetitionList } from './PetitionList';
import { PetitionShow } from './PetitionShow';

/** Titles and confirmations name a letter by its receipt number, or as a draft. */
const recordRepresentation = (record: Petition) => record.receiptNumber ?? 'nháp';

export default {
  list: PetitionList,
  show: PetitionShow,
  create: PetitionCreate,
  edit: PetitionEdit,
  icon: DescriptionIcon,
  recordRepresentation,
};
