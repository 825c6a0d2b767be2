import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatViDate } from '@kntc/domain';
import { useId } from 'react';
import { Link, useTranslate } from 'react-admin';
import { listPath } from './quick-counts';
import { recordPath } from './chart-series';
import type { DashboardSummary } from './data-methods';

type State = 'overdue' | 'due_soon';

/** White on MUI's warning orange is below the 4.5:1 contrast AA asks; dark brown on cream is well above. */
const chipStyle: Record<State, { color?: 'error'; variant?: 'outlined'; sx?: object }> = {
  overdue: { color: 'error' },
  due_soon: { variant: 'outlined', sx: { bgcolor: '#FFF4E5', color: '#5F2B00', borderColor: '#ED6C02' } },
};
type Item = DashboardSummary['overdue']['items'][number];

function DeadlineItem({ item, state }: { item: Item; state: State }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`kntc.dashboard.leaders.lists.${key}`, args);
  const name = item.subjectType === 'case' ? t('case', { number: item.number }) : item.number ? t('letter', { number: item.number }) : t('letter_draft');
  const date = formatViDate(item.dueDate);
  const due = state === 'overdue' ? t('days_overdue', { date, days: item.days }) : item.days === 0 ? t('due_today', { date }) : t('days_left', { date, days: item.days });
  return (
    <ListItem divider sx={{ display: 'block', px: 0 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {/* The word carries the state; the colour only repeats it. */}
        <Chip size="small" {...chipStyle[state]} label={translate(state === 'overdue' ? 'kntc.reminders.overdue' : 'kntc.reminders.due_soon')} />
        <Link to={recordPath(item)} sx={{ fontWeight: 600 }}>
          {name}
        </Link>
        <Typography variant="body2" component="span">
          {due}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {item.summary}
        {item.assigneeName ? ` · ${t('assignee', { name: item.assigneeName })}` : ''}
      </Typography>
    </ListItem>
  );
}

/** Quá hạn or sắp đến hạn: the most urgent first, each opening its record, the full lists one click away. */
export function DeadlineList({ summary, state }: { summary: DashboardSummary; state: State }) {
  const translate = useTranslate();
  const headingId = useId();
  const list = state === 'overdue' ? summary.overdue : summary.dueSoon;
  const t = (key: string, args?: Record<string, unknown>) => translate(`kntc.dashboard.leaders.lists.${key}`, args);
  const filter = { dueStatus: state };
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t(state, { count: list.total })}
      </Typography>
      {list.items.length === 0 ? (
        <Typography variant="body2">{t(state === 'overdue' ? 'empty_overdue' : 'empty_due_soon')}</Typography>
      ) : (
        <List aria-labelledby={headingId} disablePadding>
          {list.items.map((item) => (
            <DeadlineItem key={`${item.subjectType}-${item.id}`} item={item} state={state} />
          ))}
        </List>
      )}
      {list.total > list.items.length ? (
        <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'baseline' }}>
          <Typography variant="body2">{t('more', { shown: list.items.length, total: list.total })}</Typography>
          <Link to={listPath('petitions', filter)}>{t('all_letters')}</Link>
          <Link to={listPath('cases', filter)}>{t('all_cases')}</Link>
        </Stack>
      ) : null}
    </Box>
  );
}
