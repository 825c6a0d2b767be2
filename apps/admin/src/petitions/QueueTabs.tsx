import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import { filtersForQueue, queueFilter, queueOf, queues, type Queue } from './queues';

/** How many letters wait in a queue; the list's own total when it is the one shown. */
function useQueueCount(queue: Queue): number | undefined {
  // An explicit sort: react-admin's default ("id") is not one the API sorts on.
  const { total } = useGetList('petitions', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'receivedDate', order: 'DESC' },
    filter: queueFilter(queue),
  });
  return total;
}

function QueueLabel({ queue }: { queue: Queue }) {
  const translate = useTranslate();
  const count = useQueueCount(queue);
  const name = translate(`kntc.letters.queues.${queue}`);
  return <>{count === undefined ? name : `${name} (${count.toLocaleString('vi-VN')})`}</>;
}

/**
 * Hàng đợi: to classify, to approve, due soon, overdue, all. Each tab is a preset of the
 * list's filters, so search words and the other filters still narrow it, and the URL keeps it.
 */
export function QueueTabs() {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const current = queueOf(filterValues);
  return (
    <Tabs
      value={current ?? false}
      onChange={(_event, value: Queue) => setFilters(filtersForQueue(value, filterValues), displayedFilters)}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={translate('kntc.letters.queues.label')}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {queues.map((queue) => (
        <Tab key={queue} value={queue} label={<QueueLabel queue={queue} />} />
      ))}
    </Tabs>
  );
}
