import { CaseDraftSchema, CaseFlagsSchema, ExtendSchema, SignSchema, SuspendSchema, TerminateSchema } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import {
  BooleanInput,
  Form,
  SaveButton,
  TextInput,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type FormProps,
} from 'react-admin';
import { z } from 'zod';
import type { KntcDataProvider } from '../providers/data-provider';
import { plainCaseSteps, type Case, type CaseCommand, type PlainCaseStep } from './case-api';
import { commandLabel } from './case-commands';
import { useCaseWorkspace, type CaseDialogName } from './CaseWorkspace';
import { commandFailure, type CommandFailure } from './command-errors';
import { draftFormValues, draftResolver } from './draft-form';
import { DraftInputs } from './DraftInputs';
import { schemaResolver } from './form-values';
import { OfficialInput } from './OfficialInput';
import { TextButton } from './TextButton';

type FormResolver = NonNullable<FormProps['resolver']>;
type Values = Record<string, unknown>;

const NoteSchema = z.strictObject({ note: z.string().trim().max(2000, { error: 'Ghi chú quá dài.' }).optional() });
const AssignSchema = z.strictObject({ assigneeId: z.uuid({ error: 'Hãy chọn cán bộ xử lý.' }) });
const noResolver: FormResolver = (values: Values) => ({ values, errors: {} });

type DialogSpec = {
  title: string;
  intro?: string;
  introArgs?: Record<string, unknown>;
  inputs?: ReactNode;
  resolver: FormResolver;
  defaults: Values;
  command(values: Values, record: Case): CaseCommand;
  confirm: string;
  wide?: boolean;
};

const isPlainStep = (name: string): name is PlainCaseStep => (plainCaseSteps as readonly string[]).includes(name);

const reasonSchemas = { suspend: SuspendSchema, terminate: TerminateSchema, extend: ExtendSchema } as const;

const multiline = { multiline: true, minRows: 3, fullWidth: true } as const;

/** What each dialog asks for, how it is checked (with the API's own schema) and what it sends. */
function specFor(name: CaseDialogName, record: Case, userId: string | undefined): DialogSpec {
  const versioned = (r: Case) => ({ id: String(r.id), version: r.version });
  if (isPlainStep(name)) {
    return {
      title: commandLabel(name),
      intro: `kntc.cases.intro.${name}`,
      inputs: <TextInput source="note" label="kntc.cases.fields.note" helperText="kntc.cases.draft.optional" {...multiline} />,
      resolver: schemaResolver(NoteSchema),
      defaults: { note: '' },
      command: (values, r) => ({ ...versioned(r), action: name, note: NoteSchema.parse(values).note }),
      confirm: commandLabel(name),
    };
  }
  switch (name) {
    case 'suspend':
    case 'terminate':
    case 'extend':
      return {
        title: commandLabel(name),
        intro: `kntc.cases.intro.${name}`,
        inputs: <TextInput source="reason" label={`kntc.cases.fields.reason_${name}`} {...multiline} />,
        resolver: schemaResolver(reasonSchemas[name]),
        defaults: { reason: '' },
        command: (values, r) => ({ ...versioned(r), action: name, reason: reasonSchemas[name].parse(values).reason }),
        confirm: commandLabel(name),
      };
    case 'sign':
      return {
        title: commandLabel(name),
        intro: record.kind === 'denunciation' ? 'kntc.cases.intro.sign_conclusion' : 'kntc.cases.intro.sign_decision',
        inputs: (
          <TextInput
            source="resultSummary"
            label="kntc.cases.fields.resultSummary"
            helperText="kntc.cases.result_summary_help"
            {...multiline}
          />
        ),
        resolver: schemaResolver(SignSchema),
        defaults: { resultSummary: '' },
        command: (values, r) => ({ ...versioned(r), action: 'sign', resultSummary: SignSchema.parse(values).resultSummary }),
        confirm: commandLabel(name),
      };
    case 'draft':
    case 'revise_draft':
      return {
        title: commandLabel(name),
        inputs: <DraftInputs kind={record.kind} />,
        resolver: draftResolver,
        defaults: draftFormValues(record.kind, record.draft, record.subject),
        command: (values, r) => ({ ...versioned(r), action: name, draft: CaseDraftSchema.parse(values) }),
        confirm: 'kntc.cases.draft.save',
        wide: true,
      };
    case 'set_flags':
      return {
        title: 'kntc.cases.commands.set_flags',
        intro: 'kntc.cases.intro.set_flags',
        inputs: (
          <>
            <BooleanInput source="isComplex" label="kntc.cases.fields.isComplex" />
            <BooleanInput source="isRemote" label="kntc.cases.fields.isRemote" />
          </>
        ),
        resolver: schemaResolver(CaseFlagsSchema),
        defaults: { isComplex: record.isComplex, isRemote: record.isRemote },
        command: (values, r) => ({ ...versioned(r), action: 'set_flags', ...CaseFlagsSchema.parse(values) }),
        confirm: 'ra.action.save',
      };
    case 'assign':
      return {
        title: 'kntc.cases.commands.assign',
        inputs: <OfficialInput source="assigneeId" label="kntc.cases.fields.assignee" />,
        resolver: schemaResolver(AssignSchema),
        defaults: { assigneeId: record.assigneeId ?? userId ?? '' },
        command: (values, r) => ({ ...versioned(r), action: 'assign', assigneeId: AssignSchema.parse(values).assigneeId }),
        confirm: 'kntc.cases.commands.assign',
      };
    case 'take_over':
      return {
        title: 'kntc.cases.commands.take_over',
        intro: 'kntc.cases.intro.take_over',
        introArgs: { name: record.assigneeName ?? '—' },
        resolver: noResolver,
        defaults: {},
        command: (_values, r) => {
          // The button is shown only to a signed-in official, whose identity is then known.
          if (!userId) throw new Error('kntc.cases.no_identity');
          return { ...versioned(r), action: 'assign', assigneeId: userId };
        },
        confirm: 'kntc.cases.commands.take_over',
      };
  }
}

function Failure({ failure, onReload }: { failure: CommandFailure; onReload(): void }) {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ mt: 2 }}
      action={failure.isConflict ? <TextButton label="kntc.cases.reload" onClick={onReload} color="inherit" /> : undefined}
    >
      {translate(failure.message)}
      {failure.isConflict ? ` ${translate('kntc.cases.conflict_hint')}` : null}
    </Alert>
  );
}

function CommandDialog({ name, record }: { name: CaseDialogName; record: Case }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : undefined;
  const { close, changed } = useCaseWorkspace();
  const [failure, setFailure] = useState<CommandFailure>();
  const [reloaded, setReloaded] = useState(false);
  const titleId = useId();
  const spec = specFor(name, record, userId);
  // The form starts from the values at opening and keeps what the user types, even when the case
  // is reloaded underneath after a conflict; only the version sent changes.
  const [initial] = useState(spec.defaults);

  const submit = async (values: Values) => {
    setFailure(undefined);
    setReloaded(false);
    try {
      const { data } = await dataProvider.caseCommand(spec.command(values, record));
      // After a 401 react-admin has already logged the user out and resolves with no data.
      if (!data) return;
      if (name === 'sign' && data.decisionNumber) {
        notify('kntc.cases.signed', { type: 'success', messageArgs: { number: data.decisionNumber } });
      } else {
        notify('kntc.cases.done', { type: 'success', messageArgs: { label: translate(spec.title) } });
      }
      changed();
      refresh();
      close();
    } catch (error) {
      const found = commandFailure(error, name === 'draft' || name === 'revise_draft' ? 'draft' : undefined);
      setFailure(found);
      return found.fieldErrors;
    }
  };

  return (
    <Dialog open onClose={close} fullWidth maxWidth={spec.wide ? 'md' : 'sm'} aria-labelledby={titleId}>
      <Form record={initial} resolver={spec.resolver} onSubmit={submit} resource="cases">
        <DialogTitle id={titleId}>{translate(spec.title)}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('kntc.cases.dialog_subject', { number: record.caseNumber, subject: record.subject })}
          </Typography>
          {spec.intro ? (
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate(spec.intro, spec.introArgs)}
            </Typography>
          ) : null}
          {spec.inputs}
          {failure ? (
            <Failure
              failure={failure}
              onReload={() => {
                refresh();
                setFailure(undefined);
                setReloaded(true);
              }}
            />
          ) : null}
          {reloaded ? (
            <Alert severity="info" sx={{ mt: 2 }}>
              {translate('kntc.cases.reloaded')}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <TextButton label="ra.action.cancel" onClick={close} />
          <SaveButton label={spec.confirm} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/**
 * The dialog of the command chosen on the case page. Nothing changes until the server accepts
 * (pessimistic): a refusal or a conflict keeps the dialog open, with what the user typed and the
 * server's own explanation.
 */
export function CaseCommandDialog() {
  const record = useRecordContext<Case>();
  const { command } = useCaseWorkspace();
  if (!record || !command) return null;
  return <CommandDialog key={command} name={command} record={record} />;
}
