import FactCheckIcon from '@mui/icons-material/FactCheck';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';
import type { AuditEntry } from './data-methods';

// Append-only: a list and a page per row, nothing to create or edit.
export default {
  list: AuditList,
  show: AuditShow,
  icon: FactCheckIcon,
  recordRepresentation: (entry: AuditEntry) => String(entry.seq),
};
