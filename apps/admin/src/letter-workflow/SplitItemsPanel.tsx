import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import { petitionKindLabels, petitionStatusLabels } from '@kntc/domain';
import { useLoaded } from './use-loaded';

/** The items a split letter became, or the letter an item was split from. */
export function SplitItemsPanel() {
  const record = useRecordContext<Petition>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const isSplit = record?.status === 'split';
  const items = useLoaded(isSplit && record ? `${record.id}:${record.version}` : '', async (signal) => (await dataProvider.splitItems({ id: record?.id ?? '', signal })).data);
  if (!record) return null;
  if (record.splitFromId) {
    return (
      <Typography variant="body2" sx={{ my: 1 }}>
        {translate('kntc.letters.split.item_of')}{' '}
        <Link to={createPath({ resource: 'petitions', id: record.splitFromId, type: 'show' })}>{translate('kntc.letters.split.open_original')}</Link>
      </Typography>
    );
  }
  if (!isSplit) return null;
  return (
    <Card variant="outlined" sx={{ my: 2 }} component="section" aria-labelledby="split-items-heading">
      <CardContent>
        <Typography id="split-items-heading" variant="h6" component="h2" gutterBottom>
          {translate('kntc.letters.split.items_heading')}
        </Typography>
        {items.status === 'loaded' ? (
          <ul>
            {items.data.map((item) => (
              <li key={String(item.id)}>
                <Link to={createPath({ resource: 'petitions', id: item.id, type: 'show' })}>{item.receiptNumber}</Link>
                {` – ${petitionKindLabels[item.kind]}: ${item.summary} (${petitionStatusLabels[item.status]})`}
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
