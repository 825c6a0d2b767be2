import PublicIcon from '@mui/icons-material/Public';
import type { PublicationSummary } from './data-methods';
import { PublicationList } from './PublicationList';
import { PublicationShow } from './PublicationShow';

/** Titles name a publication by its document number, or its title for one without. */
const recordRepresentation = (record: PublicationSummary) => record.documentNumber ?? record.title;

export default {
  list: PublicationList,
  show: PublicationShow,
  icon: PublicIcon,
  recordRepresentation,
};
