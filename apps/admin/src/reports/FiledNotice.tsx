import Alert from '@mui/material/Alert';
import { Link, useGetList, useTranslate } from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import type { FiledReportSummary } from './data-methods';

/**
 * Says when the chosen form and period have already been filed, with who filed it and a link to
 * the filing, so nobody tries to file the same period twice. `filed` tells the page to stop offering it.
 */
export function useFiling(formCode: string | undefined, period: { from: string; to: string } | undefined): FiledReportSummary | undefined {
  const { data } = useGetList<FiledReportSummary>(
    'filedReports',
    {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'filedAt', order: 'DESC' },
      filter: { formCode: formCode ?? '', year: Number(period?.to.slice(0, 4) ?? 0) },
    },
    { enabled: formCode !== undefined && period !== undefined },
  );
  return data?.find((f) => f.formCode === formCode && f.periodFrom === period?.from && f.periodTo === period.to);
}

export function FiledNotice({ filed }: { filed: FiledReportSummary }) {
  const translate = useTranslate();
  return (
    <Alert severity="info">
      {translate('kntc.reports.filed.already_notice', {
        code: filed.formCode,
        period: filed.periodLabel,
        at: new Date(filed.filedAt).toLocaleString('vi-VN', vietnamTimestamp),
        name: filed.filedByName,
      })}{' '}
      <Link to={`/filedReports/${encodeURIComponent(filed.id)}/show`}>{translate('kntc.reports.file.open')}</Link>
    </Alert>
  );
}
