import Link from '@mui/material/Link';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Case, DocumentSubject } from './case-api';
import { PanelState } from './PanelState';
import { scrollable, Section } from './Section';
import { useCaseData } from './use-case-data';

/** The API serves each issued document as an attachment (Content-Disposition), never inline. */
export const documentUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

function DocumentTable({
  subjectType,
  subjectId,
  title,
  empty,
}: {
  subjectType: DocumentSubject;
  subjectId: string;
  title: string;
  empty: string;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const record = useRecordContext<Case>();
  const state = useCaseData(
    (signal) => dataProvider.caseDocuments({ subjectType, subjectId, signal }),
    [subjectType, subjectId, record?.version],
  );
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 1, mb: 0.5 }}>
        {translate(title)}
      </Typography>
      <PanelState state={state} empty={empty}>
        {(documents) => (
          <Box sx={scrollable}>
            <Table size="small" aria-label={translate(title)}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('kntc.cases.documents.number')}</TableCell>
                  <TableCell>{translate('kntc.cases.documents.date')}</TableCell>
                  <TableCell>{translate('kntc.cases.documents.title')}</TableCell>
                  <TableCell>{translate('kntc.cases.documents.signer')}</TableCell>
                  <TableCell>{translate('kntc.cases.documents.file')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {documents.map((document) => (
                  <TableRow key={document.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{document.number}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatIsoDate(document.documentDate)}</TableCell>
                    <TableCell>{document.title}</TableCell>
                    <TableCell>{document.signerName ?? '—'}</TableCell>
                    <TableCell>
                      <Link
                        href={documentUrl(document.id)}
                        download={document.fileName}
                        aria-label={translate('kntc.cases.documents.download_of', { number: document.number })}
                      >
                        {document.fileName}
                      </Link>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </PanelState>
    </>
  );
}

/**
 * Văn bản: what the case issued (decision or conclusion, extension decisions) and what its letter
 * issued (the acceptance notice or decision), each downloadable as .docx.
 */
export function CaseDocuments() {
  const record = useRecordContext<Case>();
  if (!record) return null;
  return (
    <Section title="kntc.cases.sections.documents">
      <DocumentTable
        subjectType="case"
        subjectId={String(record.id)}
        title="kntc.cases.documents.of_case"
        empty="kntc.cases.documents.none"
      />
      <DocumentTable
        subjectType="petition"
        subjectId={record.petitionId}
        title="kntc.cases.documents.of_letter"
        empty="kntc.cases.documents.none"
      />
    </Section>
  );
}
