import type { CaseKind } from '@kntc/domain';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { AddItemButton, ArrayInput, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { verdictChoices } from './choices';
import { draftTypeOf } from './draft-form';

const long = { multiline: true, minRows: 3, fullWidth: true } as const;

/** A list of sentences (measures, legal grounds…): each row is one item of the document. */
function TextList({ source, label, item, add }: { source: string; label: string; item: string; add: string }) {
  const translate = useTranslate();
  return (
    <Box role="group" aria-label={translate(label)}>
      <ArrayInput source={source} label={label}>
        <SimpleFormIterator disableClear disableReordering addButton={<AddItemButton label={add} />}>
          <TextInput source="text" label={item} multiline fullWidth />
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
}

function ComplaintInputs({ kind }: { kind: CaseKind }) {
  return (
    <>
      <TextInput source="complaintContent" label="kntc.cases.draft.complaintContent" {...long} />
      <TextInput source="verificationResult" label="kntc.cases.draft.verificationResult" {...long} />
      <TextInput source="dialogueResult" label="kntc.cases.draft.dialogueResult" helperText="kntc.cases.draft.optional" {...long} />
      <TextInput source="conclusion" label="kntc.cases.draft.conclusion" {...long} />
      <TextInput source="ruling" label="kntc.cases.draft.ruling" {...long} />
      <TextList source="measures" label="kntc.cases.draft.measures" item="kntc.cases.draft.measure" add="kntc.cases.draft.add_measure" />
      {/* Only a first-round decision tells the complainant where to take a second round (Luật KN Đ31). */}
      {kind === 'complaint_first' ? (
        <TextInput source="secondRoundBody" label="kntc.cases.draft.secondRoundBody" helperText="kntc.cases.draft.optional" fullWidth />
      ) : null}
    </>
  );
}

function DenunciationInputs() {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="verificationReport" label="kntc.cases.draft.verificationReport" fullWidth />
      <Box role="group" aria-label={translate('kntc.cases.draft.findings')}>
        <ArrayInput source="findings" label="kntc.cases.draft.findings">
          <SimpleFormIterator disableClear disableReordering addButton={<AddItemButton label="kntc.cases.draft.add_finding" />}>
            <TextInput source="allegation" label="kntc.cases.draft.allegation" multiline fullWidth />
            <TextInput source="finding" label="kntc.cases.draft.finding" multiline fullWidth />
            <SelectInput source="verdict" label="kntc.cases.draft.verdict" choices={verdictChoices} translateChoice={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
      <TextList
        source="legalGrounds"
        label="kntc.cases.draft.legalGrounds"
        item="kntc.cases.draft.legalGround"
        add="kntc.cases.draft.add_legal_ground"
      />
      <TextInput source="conclusion" label="kntc.cases.draft.conclusion" {...long} />
      <TextList source="measures" label="kntc.cases.draft.sanctions" item="kntc.cases.draft.sanction" add="kntc.cases.draft.add_sanction" />
      <TextList
        source="recommendations"
        label="kntc.cases.draft.recommendations"
        item="kntc.cases.draft.recommendation"
        add="kntc.cases.draft.add_recommendation"
      />
      <TextInput source="accusedManager" label="kntc.cases.draft.accusedManager" helperText="kntc.cases.draft.optional" fullWidth />
    </>
  );
}

/**
 * The draft decision (complaint) or conclusion (denunciation), as structured content the API
 * renders into the signed document. A conclusion has no field for the denouncer: it never names them.
 */
export function DraftInputs({ kind }: { kind: CaseKind }) {
  const translate = useTranslate();
  const type = draftTypeOf(kind);
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(type === 'complaint' ? 'kntc.cases.draft.complaint_hint' : 'kntc.cases.draft.denunciation_hint')}
      </Typography>
      {type === 'complaint' ? <ComplaintInputs kind={kind} /> : <DenunciationInputs />}
    </>
  );
}
