import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useListContext, useTranslate } from 'react-admin';
import { caseQueues, filterForQueue, isDeadlineQueue, queueOf, type CaseQueueId } from './queues';

export type CaseListView = 'queues' | 'workload';

/** The day's queues above the case list, and the workload by official as the last tab. */
export function CaseQueueTabs({ view, onView }: { view: CaseListView; onView(view: CaseListView): void }) {
  const translate = useTranslate();
  const { filterValues, setFilters, setSort } = useListContext();
  const current = view === 'workload' ? 'workload' : (queueOf(filterValues) ?? false);

  const choose = (value: CaseQueueId | 'workload') => {
    if (value === 'workload') {
      onView('workload');
      return;
    }
    onView('queues');
    setFilters(filterForQueue(value, filterValues));
    // The deadline queues are worked nearest deadline first, whatever the list was sorted by.
    if (isDeadlineQueue(value)) setSort({ field: 'dueDate', order: 'ASC' });
  };

  return (
    <Tabs
      value={current}
      onChange={(_event, value: CaseQueueId | 'workload') => choose(value)}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={translate('kntc.cases.queues.label')}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {caseQueues.map((queue) => (
        <Tab key={queue.id} value={queue.id} label={translate(`kntc.cases.queues.${queue.id}`)} />
      ))}
      <Tab value="workload" label={translate('kntc.cases.queues.workload')} />
    </Tabs>
  );
}
