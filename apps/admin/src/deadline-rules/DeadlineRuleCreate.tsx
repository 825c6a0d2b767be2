import Alert from '@mui/material/Alert';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { useRecalculationNotice } from '../deadline-recalculations/use-recalculation-notice';
import { DeadlineRuleInputs } from './DeadlineRuleInputs';
import { ruleResolver } from './rule-form';

// A blank form: a rule that is counted like most (roll to a working day), not extendable.
const blankRule = { unit: 'working', variants: {}, maxExtensions: 0, extensionDays: 0, rollToWorkingDay: true, confidence: 'U' };

/**
 * Thêm phiên bản mới: a deadline as a new text defines it from a given date. Opened from a
 * version it starts as a copy of it (react-admin reads the copy from the location state).
 */
export function DeadlineRuleCreate() {
  const translate = useTranslate();
  const { transform, onSuccess } = useRecalculationNotice();
  return (
    <Create transform={transform} mutationOptions={{ onSuccess }} title="kntc.deadline_rules.new_version">
      <SimpleForm resolver={ruleResolver} defaultValues={blankRule}>
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('kntc.deadline_rules.new_version_hint')}
        </Alert>
        <DeadlineRuleInputs isNew />
      </SimpleForm>
    </Create>
  );
}
