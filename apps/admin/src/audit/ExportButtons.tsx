import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useRefresh } from 'react-admin';
import type { AuditFilter } from '@kntc/domain';
import type { KntcDataProvider } from '../providers/data-provider';

/** Hands the browser a file the API returned as base64, under the name the API chose. */
function download(fileName: string, mimeType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Exports exactly what the list's filters select, as Excel or CSV. */
export function ExportButtons() {
  const { filterValues } = useListContext();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  // The export is itself logged: the list shows that row once it reloads.
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const filter = filterValues as AuditFilter;
      const { data } = await dataProvider.exportAudit({ format, ...(Object.keys(filter).length > 0 ? { filter } : {}) });
      download(data.fileName, data.mimeType, data.base64);
      refresh();
      notify(data.truncated ? 'kntc.audit.export_truncated' : 'kntc.audit.exported', {
        type: data.truncated ? 'warning' : 'info',
        messageArgs: { rows: data.rows.toLocaleString('vi-VN') },
      });
    } catch (error) {
      notify('kntc.audit.export_failed', { type: 'error', messageArgs: { message: error instanceof Error ? error.message : '' } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label={busy ? 'kntc.audit.exporting' : 'kntc.audit.export_xlsx'} disabled={busy} onClick={() => void run('xlsx')}>
        <DownloadIcon />
      </Button>
      <Button label="kntc.audit.export_csv" disabled={busy} onClick={() => void run('csv')}>
        <DownloadIcon />
      </Button>
    </>
  );
}
