import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Button, useExpanded, useRecordContext, useResourceContext } from 'react-admin';
import type { DeadlineRecalculation } from '../providers/data-provider';

/**
 * A real button for the row's letters: react-admin's own expand icon is hidden from the keyboard
 * and from screen readers, so this one shares its open state and says what it opens.
 */
export function ChangesToggle() {
  const record = useRecordContext<DeadlineRecalculation>();
  const resource = useResourceContext() ?? 'deadlineRecalculations';
  const [expanded, toggle] = useExpanded(resource, record?.id ?? '');
  if (!record || record.changes.length === 0) return null;
  return (
    <Button
      label={expanded ? 'kntc.recalculations.hide_letters' : 'kntc.recalculations.show_letters'}
      aria-expanded={expanded}
      aria-controls={expanded ? `${record.id}-expand` : undefined}
      onClick={(event) => {
        // The row itself toggles on click as well; one toggle per press.
        event.stopPropagation();
        toggle();
      }}
    >
      {expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
    </Button>
  );
}
