import type { DashboardTableId } from '@kntc/domain';
import { useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import { downloadBase64 } from '../reception-sessions/download';
import type { DashboardRequest } from './data-methods';

/** Xuất Excel: the whole workbook, or one chart's sheet; `pending` names what is being written. */
export function useDashboardExport(request: DashboardRequest | null) {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const [pending, setPending] = useState<DashboardTableId | 'all' | null>(null);
  const run = async (tableId?: DashboardTableId) => {
    if (!request) return;
    setPending(tableId ?? 'all');
    try {
      const { data } = await dataProvider.exportDashboard({ ...request, ...(tableId ? { tableId } : {}) });
      downloadBase64(data.fileName, data.mimeType, data.base64);
      notify('kntc.dashboard.leaders.exported', { messageArgs: { fileName: data.fileName } });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(null);
    }
  };
  return { run, pending };
}
