import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useDataProvider, useNotify } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import { downloadBase64 } from '../reception-sessions/download';
import type { ReportRequest } from './data-methods';

/** Xuất Excel: the form as computed now, in the printed layout; the export is written to the audit log. */
export function ExportReportButton({ request, disabled }: { request: ReportRequest | undefined; disabled?: boolean }) {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const run = async () => {
    if (!request) return;
    setPending(true);
    try {
      const { data } = await dataProvider.exportReport(request);
      downloadBase64(data.fileName, data.mimeType, data.base64);
      notify('kntc.reports.exported', { type: 'success', messageArgs: { code: request.formCode } });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label="kntc.reports.export" variant="outlined" onClick={() => void run()} disabled={disabled === true || pending || !request}>
      <DownloadIcon />
    </Button>
  );
}
