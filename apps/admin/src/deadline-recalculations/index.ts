import HistoryIcon from '@mui/icons-material/History';
import { RecalculationList } from './RecalculationList';

// Read-only: no show, edit or create page; rows expand in the list.
export default {
  list: RecalculationList,
  icon: HistoryIcon,
};
