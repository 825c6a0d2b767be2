import { CalendarYearSchema, todayInVietnam } from '@kntc/domain';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  Create,
  LinearProgress,
  NumberInput,
  SaveButton,
  SimpleForm,
  Toolbar,
  useGetList,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useRecalculationNotice } from '../deadline-recalculations/use-recalculation-notice';
import type { CalendarYearSummary } from '../providers/data-provider';

/** Saving the suggested year as it is must be possible: the button is enabled on a pristine form. */
function CreateToolbar() {
  return (
    <Toolbar>
      <SaveButton alwaysEnable />
    </Toolbar>
  );
}

/**
 * A new year starts from the official seed or, failing that, from the Labour Code's rules
 * (marked provisional); the server builds it, the user then corrects it on the edit page.
 * The API would overwrite a year that exists, so existing years are refused here.
 */
export function CalendarCreate() {
  const translate = useTranslate();
  const { transform, onSuccess } = useRecalculationNotice();
  const { data: years, isPending } = useGetList<CalendarYearSummary>('calendars', { pagination: { page: 1, perPage: 200 } });
  const existing = useMemo(() => new Set((years ?? []).map((y) => y.year)), [years]);
  // The year after the last one stored, usually the one whose schedule was just announced.
  // Memoised: react-admin resets the form whenever its default values change identity.
  const defaults = useMemo(() => ({ year: Math.max(Number(todayInVietnam().slice(0, 4)), ...existing) + 1 }), [existing]);

  const validateYear: Validator = (value: unknown) => {
    const parsed = CalendarYearSchema.safeParse(value);
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'kntc.calendars.invalid_year';
    return existing.has(parsed.data) ? translate('kntc.calendars.year_exists', { year: parsed.data }) : undefined;
  };

  return (
    <Create transform={transform} mutationOptions={{ onSuccess }}>
      {/* Rendered once the stored years are known, so the suggested year is a free one. */}
      {isPending ? (
        <LinearProgress />
      ) : (
        <SimpleForm defaultValues={defaults} toolbar={<CreateToolbar />}>
          <Typography variant="body2" sx={{ mb: 2, maxWidth: 640 }}>
            {translate('kntc.calendars.create_hint')}
          </Typography>
          <NumberInput source="year" step={1} validate={validateYear} />
        </SimpleForm>
      )}
    </Create>
  );
}
