import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import MuiLink from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import type { DocumentSubject } from '../letter-workflow/data-methods';
import { currentData, useLoaded } from '../letter-workflow/use-loaded';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import { SealedDocumentButton } from '../identities/SealedFileButtons';

/** Same-origin link: the session cookie goes with it and the server answers as an attachment. */
export const documentDownloadUrl = (id: Identifier) => `/api/documents/${encodeURIComponent(String(id))}`;

/**
 * Văn bản đã ban hành for a letter or a case, newest first: number and symbol, title, date and
 * signer, each downloadable as the .docx that was issued. `reloadKey` changes when a step may
 * have issued a new one (the record's version).
 */
export function DocumentsPanel({ subjectType, subjectId, reloadKey }: { subjectType: DocumentSubject; subjectId: Identifier; reloadKey: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const titleId = useId();
  const state = useLoaded(`${subjectType}:${subjectId}:${reloadKey}`, async (signal) => {
    const { data } = await dataProvider.subjectDocuments({ subjectType, subjectId, signal });
    return Array.isArray(data) ? data : [];
  });
  const documents = currentData(state) ?? [];
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('kntc.letters.documents.title')}
        </Typography>
        {state.status === 'loading' ? <LinearProgress aria-label={translate('ra.page.loading')} sx={{ mb: 1 }} /> : null}
        {state.status === 'failed' ? <Alert severity="error">{translate(state.message)}</Alert> : null}
        {state.status === 'loaded' && documents.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('kntc.letters.documents.empty')}
          </Typography>
        ) : null}
        {documents.length > 0 ? (
          <Table size="small" aria-labelledby={titleId}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('kntc.letters.documents.number')}</TableCell>
                <TableCell>{translate('kntc.letters.documents.document_title')}</TableCell>
                <TableCell>{translate('kntc.letters.documents.date')}</TableCell>
                <TableCell>{translate('kntc.letters.documents.signer')}</TableCell>
                <TableCell>{translate('kntc.letters.documents.file')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {documents.map((doc) => (
                <TableRow key={doc.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{doc.number}</TableCell>
                  <TableCell>{doc.title}</TableCell>
                  <TableCell>{formatIsoDate(doc.documentDate)}</TableCell>
                  <TableCell>{doc.signerName ?? '—'}</TableCell>
                  <TableCell>
                    {doc.isSealed ? (
                      <SealedDocumentButton id={doc.id} fileName={doc.fileName} />
                    ) : (
                    <MuiLink
                      href={documentDownloadUrl(doc.id)}
                      download={doc.fileName}
                      aria-label={translate('kntc.letters.documents.download', { number: doc.number })}
                      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
                    >
                      <DownloadIcon fontSize="small" aria-hidden />
                      {doc.fileName}
                    </MuiLink>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
}
