import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import { downloadBase64 } from '../reception-sessions/download';

/** Xuất báo cáo tổng kết (.docx) of one plan: each item with its units, status today and notes. */
export function ExportSummaryButton({ planId }: { planId: string }) {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'annualPlans', action: 'export' });
  const [pending, setPending] = useState(false);
  if (!canAccess) return null;
  const run = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.exportPlanSummary({ id: planId });
      downloadBase64(data.fileName, data.mimeType, data.base64);
      notify('kntc.office.plans.exported', { type: 'success' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label="kntc.office.plans.export" onClick={() => void run()} disabled={pending}>
      <DownloadIcon />
    </Button>
  );
}
