import type { PermissionRow } from '@kntc/domain';
import { TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { Case } from './case-api';
import { caseCommandsFor, commandLabel } from './case-commands';
import { useCaseWorkspace } from './CaseWorkspace';
import { TextButton } from './TextButton';

// Steps that end or stop the work stand apart from those that move it forward.
const stopping: ReadonlySet<string> = new Set(['suspend', 'terminate']);

/**
 * The case's action bar: only the steps the state machine allows now (the API's availableActions)
 * and the user's role may take, each opening its dialog. The server checks both again.
 */
export function CaseActions() {
  const record = useRecordContext<Case>();
  const { permissions } = usePermissions<PermissionRow>();
  const { open } = useCaseWorkspace();
  const translate = useTranslate();
  if (!record) return null;
  const commands = caseCommandsFor(record, permissions);
  return (
    <TopToolbar role="toolbar" aria-label={translate('kntc.cases.actions')} sx={{ flexWrap: 'wrap', gap: 1 }}>
      {commands.map((command) => (
        <TextButton
          key={command}
          label={commandLabel(command)}
          variant={stopping.has(command) ? 'outlined' : 'contained'}
          color={stopping.has(command) ? 'warning' : 'primary'}
          onClick={() => open(command)}
        />
      ))}
    </TopToolbar>
  );
}
