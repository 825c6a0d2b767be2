import { redactionKindLabels } from '@kntc/domain';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { ProposalGroup } from './review-state';

/** The proposals as checkboxes: the keyboard's way to keep or mask what the highlighted text shows. */
export function ProposalList({ groups, editable, onToggle }: { groups: readonly ProposalGroup[]; editable: boolean; onToggle(group: ProposalGroup): void }) {
  const translate = useTranslate();
  if (groups.length === 0) return null;
  return (
    <Stack component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('kntc.publications.proposals')}
      </Typography>
      {groups.map((g) => (
        <FormControlLabel
          key={g.key}
          control={<Checkbox size="small" checked={g.masked} disabled={!editable || !g.optional} onChange={() => onToggle(g)} />}
          label={
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" component="span">
                {g.text}
              </Typography>
              <Chip size="small" label={redactionKindLabels[g.kind]} />
              {g.keys.length > 1 && <Chip size="small" variant="outlined" label={translate('kntc.publications.proposal_count', { count: g.keys.length })} />}
              {!g.optional && <Chip size="small" color="error" variant="outlined" label={translate('kntc.publications.always_masked')} />}
            </Stack>
          }
        />
      ))}
    </Stack>
  );
}
