import type { PermissionRow, RedactionKind } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Confirm, useDataProvider, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { holds } from '../providers/access';
import type { KntcDataProvider } from '../providers/data-provider';
import { manualMaskKindChoices } from './choices';
import type { Publication } from './data-methods';
import { PreviewView } from './PreviewView';
import { PublishDialog } from './PublishDialog';
import { ProposalList } from './ProposalList';
import { addManualMask, groupProposals, previewOf, removeManualMaskAt, sameDraft, toggleGroup, type ReviewDraft } from './review-state';
import { SourceView, type Selection } from './SourceView';

type Review = NonNullable<Publication['review']>;
type Step = 'approve' | 'reopen';

const savedDraft = (review: Review): ReviewDraft => ({
  rejected: review.rejected,
  manual: review.manual.map(({ start, end, kind, source }) => ({ start, end, kind, source })),
});

/**
 * Rà soát che thông tin: the signed text with the proposed masks, the officer's decisions, a live
 * preview of the copy that will be published, and the approver's steps. The record is keyed by its
 * version by the caller, so a saved change resets this state from the server's answer.
 */
export function RedactionReview({ record, review }: { record: Publication; review: Review }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { permissions } = usePermissions<PermissionRow>();
  const [draft, setDraft] = useState<ReviewDraft>(() => savedDraft(review));
  const [title, setTitle] = useState(record.title);
  const [summary, setSummary] = useState(record.summary);
  const [legalBasis, setLegalBasis] = useState(record.legalBasis);
  const [publishing, setPublishing] = useState(false);
  const [selection, setSelection] = useState<Selection>(null);
  const [kind, setKind] = useState<RedactionKind>('other');
  const [confirming, setConfirming] = useState<Step>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const isDraft = record.state === 'draft';
  const canRedact = holds(permissions, 'publication.redact') && isDraft;
  const canApprove = holds(permissions, 'publication.approve');
  const dirty = !sameDraft(draft, savedDraft(review)) || title !== record.title || summary !== record.summary || legalBasis !== record.legalBasis;
  const groups = useMemo(() => groupProposals(review.proposed, draft), [review.proposed, draft]);
  const preview = useMemo(() => previewOf(review.sourceText, review.proposed, draft), [review.sourceText, review.proposed, draft]);
  const blocked = review.unmasked.length > 0 || review.unmaskedInTitle > 0;

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  };
  const save = () =>
    run(
      () =>
        dataProvider.updatePublicationMasks({
          id: record.id,
          version: record.version,
          title,
          summary,
          ...(legalBasis !== record.legalBasis ? { legalBasis } : {}),
          rejected: [...draft.rejected],
          manual: draft.manual.map(({ start, end, kind }) => ({ start, end, kind })),
        }),
      'kntc.publications.saved',
    );
  const step = (which: Step) => {
    const params = { id: record.id, version: record.version };
    if (which === 'approve') return run(() => dataProvider.approvePublication(params), 'kntc.publications.approved');
    return run(() => dataProvider.reopenPublication(params), 'kntc.publications.reopened');
  };

  return (
    <Stack spacing={2}>
      {failure && <Alert severity="error">{failure}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField label={translate('resources.publications.fields.title')} value={title} onChange={(e) => setTitle(e.target.value)} disabled={!canRedact} fullWidth />
        <TextField label={translate('resources.publications.fields.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} disabled={!canRedact} fullWidth multiline />
      </Stack>
      <TextField
        label={translate('resources.publications.fields.legalBasis')}
        value={legalBasis}
        onChange={(e) => setLegalBasis(e.target.value)}
        disabled={!canRedact}
        helperText={canRedact ? translate('kntc.publications.legal_basis_help') : undefined}
        fullWidth
        multiline
      />
      {isDraft && review.unmasked.length > 0 && <Alert severity="error">{translate('kntc.publications.unmasked', { count: review.unmasked.length })}</Alert>}
      {isDraft && review.unmaskedInTitle > 0 && <Alert severity="error">{translate('kntc.publications.unmasked_title')}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Typography variant="subtitle1" component="h2">
            {translate('kntc.publications.source')}
          </Typography>
          {canRedact && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('kntc.publications.source_help')}
            </Typography>
          )}
          <SourceView
            source={review.sourceText}
            proposed={review.proposed}
            draft={draft}
            editable={canRedact}
            onToggle={(key) => {
              const group = groups.find((g) => g.key === key);
              if (group) setDraft((d) => toggleGroup(d, group));
            }}
            onRemoveManual={(offset) => setDraft((d) => removeManualMaskAt(d, offset))}
            onSelect={setSelection}
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Typography variant="subtitle1" component="h2">
            {translate('kntc.publications.preview')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('kntc.publications.preview_help')}
          </Typography>
          <PreviewView text={preview.text} segments={preview.segments} unmasked={dirty ? [] : review.unmasked} />
        </Grid>
      </Grid>
      {canRedact && (
        <Box sx={{ display: 'grid', gap: 1, alignItems: 'center', gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) 220px auto' } }}>
          <Typography variant="body2">
            {selection
              ? translate('kntc.publications.selection', { text: review.sourceText.slice(selection.start, selection.end).slice(0, 80) })
              : translate('kntc.publications.selection_none')}
          </Typography>
          <TextField select size="small" label={translate('kntc.publications.mask_kind')} value={kind} onChange={(e) => setKind(e.target.value as RedactionKind)} fullWidth>
            {manualMaskKindChoices.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={!selection}
            onClick={() => {
              if (!selection) return;
              setDraft((d) => addManualMask(d, review.sourceText, selection.start, selection.end, kind));
              setSelection(null);
              window.getSelection()?.removeAllRanges();
            }}
          >
            {translate('kntc.publications.mask_selection')}
          </Button>
        </Box>
      )}
      <ProposalList groups={groups} editable={canRedact} onToggle={(g) => setDraft((d) => toggleGroup(d, g))} />
      <Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {canRedact && (
            <Button variant="contained" disabled={busy || !dirty} onClick={() => void save()}>
              {translate('kntc.publications.save')}
            </Button>
          )}
          {isDraft && canApprove && (
            <Button variant="contained" color="success" disabled={busy || dirty || blocked || record.isOwnRedaction} onClick={() => setConfirming('approve')}>
              {translate('kntc.publications.approve')}
            </Button>
          )}
          {record.state === 'approved' && canApprove && (
            <>
              <Button variant="contained" color="success" disabled={busy} onClick={() => setPublishing(true)}>
                {translate('kntc.publications.publish')}
              </Button>
              <Button variant="outlined" disabled={busy} onClick={() => setConfirming('reopen')}>
                {translate('kntc.publications.reopen')}
              </Button>
            </>
          )}
          {dirty && <Typography variant="body2" color="warning.main">{translate('kntc.publications.unsaved')}</Typography>}
        </Stack>
        {isDraft && canApprove && record.isOwnRedaction && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {translate('kntc.publications.own_redaction')}
          </Alert>
        )}
      </Box>
      {publishing && <PublishDialog record={record} onClose={() => setPublishing(false)} />}
      <Confirm
        isOpen={confirming !== undefined}
        loading={busy}
        title={`kntc.publications.${confirming ?? 'approve'}_confirm_title`}
        content={`kntc.publications.${confirming ?? 'approve'}_confirm`}
        onConfirm={() => (confirming ? void step(confirming) : undefined)}
        onClose={() => setConfirming(undefined)}
      />
    </Stack>
  );
}
