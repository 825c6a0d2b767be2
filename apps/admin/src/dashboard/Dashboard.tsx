import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CreateButton, ListButton, Title, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import { holds } from '../providers/access';
import type { SessionUser } from '../providers/auth-provider';
import { LeadersDashboard } from './LeadersDashboard';
import { quickCountsFor } from './quick-counts';
import { QuickCounts } from './QuickCounts';
import { RemindersCard } from './RemindersCard';

/**
 * The welcome, then for those who read the agency's figures (report.read: leaders, inspectors, the
 * auditor) the charts, then everyone's reminders and the queues they work.
 */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const user = identity as (SessionUser & { id: string }) | undefined;
  const { canAccess: canList } = useCanAccess({ action: 'list', resource: 'petitions' });
  const counts = quickCountsFor(user?.permissions);
  // Reminders are about letters and cases; those who cannot open them have none.
  const hasReminders = user?.permissions['petition.read'] !== undefined;
  const readsFigures = holds(user?.permissions, 'report.read');

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('kntc.dashboard.welcome', { name: user?.fullName ?? '' })}
          </Typography>
          <Typography sx={{ mb: 2 }}>{translate('kntc.dashboard.intro')}</Typography>
          {user ? (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('kntc.dashboard.position', { position: user.position })}
              {' · '}
              {translate('kntc.dashboard.role', { role: user.roleLabel })}
              {' · '}
              {translate('kntc.dashboard.unit', { unit: user.unitName ?? user.agencyName })}
            </Typography>
          ) : null}
          {canList ? (
            <Stack direction="row" spacing={2}>
              {/* Both buttons check authProvider.canAccess themselves. */}
              <ListButton resource="petitions" label="kntc.dashboard.open_petitions" variant="contained" />
              <CreateButton resource="petitions" label="kntc.dashboard.new_petition" variant="outlined" />
            </Stack>
          ) : (
            <Typography color="text.secondary">{translate('kntc.dashboard.no_petition_access')}</Typography>
          )}
        </CardContent>
      </Card>
      {readsFigures ? <LeadersDashboard /> : null}
      {hasReminders || counts.length > 0 ? (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: counts.length > 0 ? '2fr 1fr' : '1fr' }, alignItems: 'start' }}>
          {hasReminders ? <RemindersCard /> : null}
          {counts.length > 0 ? <QuickCounts counts={counts} /> : null}
        </Box>
      ) : null}
    </Stack>
  );
}
