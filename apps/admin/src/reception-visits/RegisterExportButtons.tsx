import DownloadIcon from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { todayInVietnam } from '@kntc/domain';
import type { KntcDataProvider } from '../providers/data-provider';

/** Hands the browser a file the API returned as base64, under the name the API chose. */
function download(fileName: string, mimeType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** In sổ tiếp công dân: the register of a period (this month by default) as .xlsx or .docx. */
export function RegisterExportButtons() {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const today = todayInVietnam();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [pending, setPending] = useState(false);
  const run = async (format: 'xlsx' | 'docx') => {
    setPending(true);
    try {
      const { data } = await dataProvider.exportReceptionRegister({ from, to, format });
      download(data.fileName, data.mimeType, data.base64);
      notify('kntc.receptionVisits.export.done', { messageArgs: { rows: data.rows } });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} role="group" aria-label={translate('kntc.receptionVisits.export.title')}>
      <TextField type="date" size="small" label={translate('kntc.receptionVisits.export.from')} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField type="date" size="small" label={translate('kntc.receptionVisits.export.to')} value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <Button label="kntc.receptionVisits.export.xlsx" onClick={() => void run('xlsx')} disabled={pending}>
        <DownloadIcon />
      </Button>
      <Button label="kntc.receptionVisits.export.docx" onClick={() => void run('docx')} disabled={pending}>
        <DownloadIcon />
      </Button>
    </Box>
  );
}
