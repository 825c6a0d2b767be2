import { MeasureSchema, todayInVietnam, type PermissionRow } from '@kntc/domain';
import Chip from '@mui/material/Chip';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { DateInput, TextInput, useDataProvider, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { z } from 'zod';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Case, Measure } from './case-api';
import { canRecordMeasures } from './case-commands';
import { FormDialog } from './FormDialog';
import { schemaResolver, withoutBlankText } from './form-values';
import { PanelState } from './PanelState';
import { scrollable, Section } from './Section';
import { useCaseData } from './use-case-data';
import { TextButton } from './TextButton';

const addResolver = schemaResolver(MeasureSchema);
const DoneSchema = z.strictObject({ note: z.string().trim().max(2000, { error: 'Ghi chú quá dài.' }).optional() });
const doneResolver = schemaResolver(DoneSchema);

function MeasureStatus({ measure }: { measure: Measure }) {
  const translate = useTranslate();
  if (!measure.doneDate) return <Chip size="small" color="warning" label={translate('kntc.cases.measures.pending')} />;
  return <Chip size="small" color="success" label={translate('kntc.cases.measures.done_on', { date: formatIsoDate(measure.doneDate) })} />;
}

/**
 * Tổ chức thực hiện: who must do what by when under the signed decision or conclusion, and whether
 * it is done. The case closes only when every measure is done (the API refuses otherwise).
 */
export function Measures() {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { permissions } = usePermissions<PermissionRow>();
  const [adding, setAdding] = useState(false);
  const [completing, setCompleting] = useState<Measure>();
  const id = record ? String(record.id) : undefined;
  const state = useCaseData(id ? (signal) => dataProvider.caseMeasures({ id, signal }) : undefined, [id, record?.version]);
  if (!record || !id) return null;
  const canRecord = canRecordMeasures(record.status, permissions);

  return (
    <Section
      title="kntc.cases.sections.measures"
      actions={canRecord ? <TextButton label="kntc.cases.measures.add" variant="outlined" onClick={() => setAdding(true)} /> : null}
    >
      <PanelState state={state} empty={record.signedDate ? 'kntc.cases.measures.none' : 'kntc.cases.measures.not_yet'}>
        {(measures) => (
          <Box sx={scrollable}>
            <Table size="small" aria-label={translate('kntc.cases.sections.measures')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('kntc.cases.measures.description')}</TableCell>
                  <TableCell>{translate('kntc.cases.measures.responsible')}</TableCell>
                  <TableCell>{translate('kntc.cases.measures.dueDate')}</TableCell>
                  <TableCell>{translate('kntc.cases.measures.status')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {measures.map((measure) => (
                  <TableRow key={measure.id}>
                    <TableCell>
                      {measure.description}
                      {measure.doneNote ? <div>{translate('kntc.cases.measures.note', { note: measure.doneNote })}</div> : null}
                    </TableCell>
                    <TableCell>{measure.responsible}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatIsoDate(measure.dueDate)}</TableCell>
                    <TableCell>
                      <MeasureStatus measure={measure} />
                    </TableCell>
                    <TableCell align="right">
                      {canRecord && !measure.doneDate ? (
                        <TextButton
                          label="kntc.cases.measures.complete"
                          aria-label={translate('kntc.cases.measures.complete_of', { description: measure.description })}
                          onClick={() => setCompleting(measure)}
                        />
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </PanelState>
      {adding ? (
        <FormDialog
          title="kntc.cases.measures.add"
          confirm="ra.action.save"
          done="kntc.cases.measures.added"
          resolver={addResolver}
          defaults={{ description: '', responsible: '', dueDate: todayInVietnam() }}
          save={(values) => dataProvider.caseAddMeasure({ caseId: id, ...MeasureSchema.parse(withoutBlankText(values)) })}
          onClose={() => setAdding(false)}
        >
          <TextInput source="description" label="kntc.cases.measures.description" multiline minRows={2} fullWidth />
          <TextInput source="responsible" label="kntc.cases.measures.responsible" fullWidth />
          <DateInput source="dueDate" label="kntc.cases.measures.dueDate" />
        </FormDialog>
      ) : null}
      {completing ? (
        <FormDialog
          title="kntc.cases.measures.complete_title"
          confirm="kntc.cases.measures.complete"
          done="kntc.cases.measures.completed"
          resolver={doneResolver}
          defaults={{ note: '' }}
          save={(values) =>
            dataProvider.caseCompleteMeasure({ measureId: completing.id, note: DoneSchema.parse(withoutBlankText(values)).note })
          }
          onClose={() => setCompleting(undefined)}
        >
          <p>{completing.description}</p>
          <TextInput
            source="note"
            label="kntc.cases.measures.done_note"
            helperText="kntc.cases.draft.optional"
            multiline
            minRows={2}
            fullWidth
          />
        </FormDialog>
      ) : null}
    </Section>
  );
}
