import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link, useGetList, useTranslate } from 'react-admin';
import { listPath, type QuickCount } from './quick-counts';

/** One count as a link to the list it counts; the number is part of the link's text. */
function CountLink({ count }: { count: QuickCount }) {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList(count.resource, {
    pagination: { page: 1, perPage: 1 },
    sort: count.sort,
    filter: count.filter,
  });
  const figure = isPending
    ? translate('kntc.dashboard.counts.loading')
    : error || total === undefined
      ? translate('kntc.dashboard.counts.failed')
      : total.toLocaleString('vi-VN');
  return (
    <ListItem disableGutters>
      <Link to={listPath(count.resource, count.filter)} sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5 }}>
        <Typography component="span" variant="h5" sx={{ minWidth: '2.5ch', textAlign: 'right', fontWeight: 600 }}>
          {figure}
        </Typography>
        <Typography component="span">{translate(`kntc.dashboard.counts.${count.id}`)}</Typography>
      </Link>
    </ListItem>
  );
}

/** Việc cần làm: how many items wait in the queues this official works, each opening its list. */
export function QuickCounts({ counts }: { counts: QuickCount[] }) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          {translate('kntc.dashboard.counts.title')}
        </Typography>
        <List aria-labelledby={titleId} disablePadding>
          {counts.map((count) => (
            <CountLink key={count.id} count={count} />
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
