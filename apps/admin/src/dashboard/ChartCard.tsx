import DownloadIcon from '@mui/icons-material/Download';
import TableChartIcon from '@mui/icons-material/TableChart';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DashboardTable } from '@kntc/domain';
import { useId, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { DataTable } from './DataTable';

/**
 * A chart with its title, its data table behind "Xem bảng số liệu" (a real table, for screen
 * readers and for reading exact values) and its own "Xuất Excel".
 */
export function ChartCard({ table, children, onExport, isExporting }: { table: DashboardTable; children: ReactNode; onExport: () => void; isExporting: boolean }) {
  const translate = useTranslate();
  const titleId = useId();
  const tableId = useId();
  const [isTableShown, setTableShown] = useState(false);
  return (
    <Card component="section" aria-labelledby={titleId} sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          {table.title}
        </Typography>
        {children}
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Button size="small" startIcon={<TableChartIcon aria-hidden />} aria-expanded={isTableShown} aria-controls={isTableShown ? tableId : undefined} onClick={() => setTableShown((shown) => !shown)}>
            {translate(isTableShown ? 'kntc.dashboard.leaders.hide_table' : 'kntc.dashboard.leaders.show_table')}
          </Button>
          <Button
            size="small"
            startIcon={<DownloadIcon aria-hidden />}
            onClick={onExport}
            disabled={isExporting}
            aria-label={translate('kntc.dashboard.leaders.export_chart_label', { title: table.title })}
          >
            {translate('kntc.dashboard.leaders.export_chart')}
          </Button>
        </Stack>
        {isTableShown ? <DataTable table={table} id={tableId} /> : null}
      </CardContent>
    </Card>
  );
}
