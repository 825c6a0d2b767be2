import { verdictLabels, type CaseDraft, type PermissionRow } from '@kntc/domain';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { Case } from './case-api';
import { caseCommandsFor, commandLabel } from './case-commands';
import { useCaseWorkspace } from './CaseWorkspace';
import { Section } from './Section';
import { TextButton } from './TextButton';

function Paragraph({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="subtitle2" component="h3">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
}

function Lines({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <Paragraph label={label}>
      <Box component="ol" sx={{ pl: 3, my: 0 }}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </Box>
    </Paragraph>
  );
}

function DraftView({ draft }: { draft: CaseDraft }) {
  if (draft.type === 'complaint') {
    return (
      <>
        <Paragraph label="kntc.cases.draft.complaintContent">{draft.complaintContent}</Paragraph>
        <Paragraph label="kntc.cases.draft.verificationResult">{draft.verificationResult}</Paragraph>
        {draft.dialogueResult ? <Paragraph label="kntc.cases.draft.dialogueResult">{draft.dialogueResult}</Paragraph> : null}
        <Paragraph label="kntc.cases.draft.conclusion">{draft.conclusion}</Paragraph>
        <Paragraph label="kntc.cases.draft.ruling">{draft.ruling}</Paragraph>
        <Lines label="kntc.cases.draft.measures" items={draft.measures} />
        {draft.secondRoundBody ? <Paragraph label="kntc.cases.draft.secondRoundBody">{draft.secondRoundBody}</Paragraph> : null}
      </>
    );
  }
  return (
    <>
      <Paragraph label="kntc.cases.draft.verificationReport">{draft.verificationReport}</Paragraph>
      <Paragraph label="kntc.cases.draft.findings">
        <Box component="ol" sx={{ pl: 3, my: 0 }}>
          {draft.findings.map((finding, index) => (
            <li key={index}>
              <strong>{finding.allegation}</strong> — {finding.finding} <Chip size="small" label={verdictLabels[finding.verdict]} />
            </li>
          ))}
        </Box>
      </Paragraph>
      <Lines label="kntc.cases.draft.legalGrounds" items={draft.legalGrounds} />
      <Paragraph label="kntc.cases.draft.conclusion">{draft.conclusion}</Paragraph>
      <Lines label="kntc.cases.draft.sanctions" items={draft.measures} />
      <Lines label="kntc.cases.draft.recommendations" items={draft.recommendations} />
      {draft.accusedManager ? <Paragraph label="kntc.cases.draft.accusedManager">{draft.accusedManager}</Paragraph> : null}
    </>
  );
}

/**
 * The decision (complaint) or conclusion (denunciation): its draft while it is prepared, then the
 * content that was signed. Editing opens the draft editor, offered only at the steps that allow it.
 */
export function CaseDraftSection() {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const { permissions } = usePermissions<PermissionRow>();
  const { open } = useCaseWorkspace();
  if (!record) return null;
  const editor = caseCommandsFor(record, permissions).find((c) => c === 'draft' || c === 'revise_draft');
  const isConclusion = record.kind === 'denunciation';
  const stage = record.decisionNumber
    ? translate('kntc.cases.draft.issued', { number: record.decisionNumber })
    : record.draft
      ? translate('kntc.cases.draft.is_draft')
      : undefined;

  return (
    <Section
      title={isConclusion ? 'kntc.cases.sections.conclusion' : 'kntc.cases.sections.decision'}
      actions={
        <>
          {stage ? <Chip size="small" color={record.decisionNumber ? 'success' : 'default'} label={stage} /> : null}
          {editor ? (
            <TextButton
              label={editor === 'draft' ? commandLabel('draft') : 'kntc.cases.commands.revise_draft'}
              variant="outlined"
              onClick={() => open(editor)}
            />
          ) : null}
        </>
      }
    >
      {record.draft ? (
        <DraftView draft={record.draft} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('kntc.cases.draft.none')}
        </Typography>
      )}
    </Section>
  );
}
