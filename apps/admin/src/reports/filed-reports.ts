import InventoryIcon from '@mui/icons-material/Inventory';
import type { FiledReportSummary } from './data-methods';
import { FiledReportList } from './FiledReportList';
import { FiledReportShow } from './FiledReportShow';

/** A filing is named by its form and period, as the report's title names them. */
const recordRepresentation = (record: FiledReportSummary) => `biểu ${record.formCode}, ${record.periodLabel}`;

// Filed on the report page; never edited or deleted, as it is what the agency sent.
export default {
  list: FiledReportList,
  show: FiledReportShow,
  icon: InventoryIcon,
  recordRepresentation,
};
