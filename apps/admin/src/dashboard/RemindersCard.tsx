import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { useId, useMemo } from 'react';
import { Link, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { Reminder } from '../providers/data-provider';
import { listPath } from './quick-counts';
import { firstReminders, groupReminders, reminderPath, reminderTitle, tierHintKey, type ReminderGroup } from './reminders';
import { useReminders } from './use-reminders';

function ReminderItem({ reminder }: { reminder: Reminder }) {
  const translate = useTranslate();
  const title = reminderTitle(reminder);
  const hint = tierHintKey(reminder.tier);
  const isOverdue = reminder.state === 'overdue';
  return (
    <ListItem divider sx={{ display: 'block', px: 0 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {/* The word carries the state; the colour (red, amber) only repeats it. */}
        <Chip
          size="small"
          color={isOverdue ? 'error' : 'warning'}
          label={translate(isOverdue ? 'kntc.reminders.overdue' : 'kntc.reminders.due_soon')}
        />
        <Link to={reminderPath(reminder)} sx={{ fontWeight: 600 }}>
          {translate(title.key, { number: title.number })}
        </Link>
        <Typography variant="body2" component="span">
          {translate('kntc.reminders.due', { date: formatIsoDate(reminder.dueDate) })}
        </Typography>
        {hint ? <Chip size="small" variant="outlined" icon={<ArrowUpwardIcon aria-hidden />} label={translate(hint)} /> : null}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {reminder.summary}
      </Typography>
    </ListItem>
  );
}

/** Each group shows this many; its queue holds the rest. */
const SHOWN_PER_GROUP = 8;

function ReminderGroupList({ group }: { group: ReminderGroup<Reminder> }) {
  const translate = useTranslate();
  const headingId = useId();
  const { shown, hidden } = firstReminders(group.reminders, SHOWN_PER_GROUP);
  const filter = { dueStatus: group.state };
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 1 }}>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate(`kntc.reminders.groups.${group.state}`, { count: group.reminders.length })}
      </Typography>
      <List aria-labelledby={headingId} disablePadding>
        {shown.map((reminder) => (
          <ReminderItem key={`${reminder.subjectType}-${reminder.id}`} reminder={reminder} />
        ))}
      </List>
      {hidden > 0 ? (
        <Stack direction="row" spacing={2} useFlexGap sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'baseline' }}>
          <Typography variant="body2">{translate('kntc.reminders.more', { count: hidden })}</Typography>
          <Link to={listPath('petitions', filter)}>{translate(`kntc.reminders.letters_${group.state}`)}</Link>
          <Link to={listPath('cases', filter)}>{translate(`kntc.reminders.cases_${group.state}`)}</Link>
        </Stack>
      ) : null}
    </Box>
  );
}

function ReminderGroups({ reminders }: { reminders: Reminder[] }) {
  const translate = useTranslate();
  const groups = useMemo(() => groupReminders(reminders), [reminders]);
  if (groups.length === 0) return <Typography>{translate('kntc.reminders.empty')}</Typography>;
  return (
    <>
      {groups.map((group) => (
        <ReminderGroupList key={group.state} group={group} />
      ))}
    </>
  );
}

/** Nhắc việc: letters and cases due soon or overdue that reached this official, overdue first. */
export function RemindersCard() {
  const translate = useTranslate();
  const titleId = useId();
  const state = useReminders();
  return (
    <Card component="section" aria-labelledby={titleId}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          {translate('kntc.reminders.title')}
        </Typography>
        {state.status === 'loading' ? <LinearProgress aria-label={translate('kntc.reminders.loading')} /> : null}
        {state.status === 'failed' ? <Alert severity="error">{translate(state.message, { _: state.message })}</Alert> : null}
        {state.status === 'loaded' ? <ReminderGroups reminders={state.reminders} /> : null}
      </CardContent>
    </Card>
  );
}
