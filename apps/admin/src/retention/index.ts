import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { RetentionPage } from './RetentionPage';

// One page: the period, the letters due for destruction, and those destroyed.
export default {
  list: RetentionPage,
  icon: DeleteSweepIcon,
};
