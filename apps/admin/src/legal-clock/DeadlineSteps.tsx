import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { joinYears, provisionalYearsCounted } from '../petitions/provisional-years';

type Explained = Parameters<typeof provisionalYearsCounted>[0] & { explanation: string[] };

/**
 * The checkable part of any deadline panel: a warning when a provisional calendar year was
 * counted, then every step of the computation as an ordered list.
 */
export function DeadlineSteps({ deadline }: { deadline: Explained }) {
  const translate = useTranslate();
  const stepsId = useId();
  const provisional = provisionalYearsCounted(deadline);
  return (
    <>
      {provisional.length > 0 ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {translate('kntc.deadlines.provisional_warning', { years: joinYears(provisional) })}
        </Alert>
      ) : null}
      <Typography id={stepsId} variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {translate('kntc.deadlines.steps')}
      </Typography>
      <Box component="ol" aria-labelledby={stepsId} sx={{ pl: 3, my: 1, '& li': { mb: 0.5 } }}>
        {deadline.explanation.map((step, index) => (
          <Typography component="li" variant="body2" key={index}>
            {step}
          </Typography>
        ))}
      </Box>
    </>
  );
}
