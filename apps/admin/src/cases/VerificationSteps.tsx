import { todayInVietnam, verificationStepKindLabels, VerificationStepSchema, type PermissionRow } from '@kntc/domain';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DateInput, SelectInput, TextInput, useDataProvider, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Case } from './case-api';
import { canRecordVerification } from './case-commands';
import { verificationStepKindChoices } from './choices';
import { FormDialog } from './FormDialog';
import { schemaResolver, withoutBlankText } from './form-values';
import { PanelState } from './PanelState';
import { scrollable, Section } from './Section';
import { useCaseData } from './use-case-data';
import { TextButton } from './TextButton';

const resolver = schemaResolver(VerificationStepSchema);

/**
 * Xác minh: the work sessions, document requests and site checks, with their minutes. Recorded
 * while the case is being verified or heard in dialogue; afterwards they are the record of it.
 */
export function VerificationSteps() {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { permissions } = usePermissions<PermissionRow>();
  const [adding, setAdding] = useState(false);
  const id = record ? String(record.id) : undefined;
  const state = useCaseData(id ? (signal) => dataProvider.caseVerificationSteps({ id, signal }) : undefined, [id, record?.version]);
  if (!record || !id) return null;
  const canAdd = canRecordVerification(record.status, permissions);

  return (
    <Section
      title="kntc.cases.sections.verification"
      actions={canAdd ? <TextButton label="kntc.cases.steps.add" variant="outlined" onClick={() => setAdding(true)} /> : null}
    >
      <PanelState state={state} empty="kntc.cases.steps.none">
        {(steps) => (
          <Box sx={scrollable}>
            <Table size="small" aria-label={translate('kntc.cases.sections.verification')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('kntc.cases.steps.date')}</TableCell>
                  <TableCell>{translate('kntc.cases.steps.kind')}</TableCell>
                  <TableCell>{translate('kntc.cases.steps.description')}</TableCell>
                  <TableCell>{translate('kntc.cases.steps.minutes')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {steps.map((step) => (
                  <TableRow key={step.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatIsoDate(step.date)}</TableCell>
                    <TableCell>{verificationStepKindLabels[step.kind]}</TableCell>
                    <TableCell>{step.description}</TableCell>
                    <TableCell>
                      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                        {step.minutes ?? '—'}
                      </Typography>
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
          title="kntc.cases.steps.add"
          confirm="ra.action.save"
          done="kntc.cases.steps.added"
          resolver={resolver}
          defaults={{ kind: 'work_session', date: todayInVietnam(), description: '', minutes: '' }}
          save={(values) => {
            const step = VerificationStepSchema.parse(withoutBlankText(values));
            return dataProvider.caseAddVerificationStep({ caseId: id, ...step });
          }}
          onClose={() => setAdding(false)}
        >
          <SelectInput
            source="kind"
            label="kntc.cases.steps.kind"
            choices={verificationStepKindChoices}
            translateChoice={false}
            fullWidth
          />
          <DateInput source="date" label="kntc.cases.steps.date" />
          <TextInput source="description" label="kntc.cases.steps.description" multiline minRows={2} fullWidth />
          <TextInput
            source="minutes"
            label="kntc.cases.steps.minutes"
            helperText="kntc.cases.steps.minutes_help"
            multiline
            minRows={3}
            fullWidth
          />
        </FormDialog>
      ) : null}
    </Section>
  );
}
