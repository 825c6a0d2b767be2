import Box from '@mui/material/Box';
import { catalogueLabels } from '@kntc/domain';
import {
  BooleanInput,
  FormDataConsumer,
  FunctionField,
  Labeled,
  NumberInput,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import Typography from '@mui/material/Typography';
import type { CatalogueItemRecord } from '../providers/data-provider';
import { parentChoices } from './catalogue-form';
import type { CatalogueEntry } from './catalogue-tree';
import { catalogueChoices, contentGroupChoices } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;

type Draft = { catalogue?: unknown; code?: unknown; parentCode?: unknown };

/** Catalogue and code of a saved item: shown, not offered, with the reason. */
function FixedIdentity() {
  const translate = useTranslate();
  return (
    <>
      <Box sx={columns}>
        <Labeled>
          <FunctionField<CatalogueItemRecord> source="catalogue" render={(item) => catalogueLabels[item.catalogue]} />
        </Labeled>
        <Labeled>
          <FunctionField<CatalogueItemRecord> source="code" render={(item) => item.code} />
        </Labeled>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('kntc.catalogues.code_fixed')}
      </Typography>
    </>
  );
}

/**
 * An item's fields, shared by Create and Edit. Once created, its catalogue and code are fixed:
 * letters and child items refer to an item by its code within its catalogue. The parent is chosen
 * among the items of the same catalogue (`items`: every catalogue's, loaded by the page).
 */
export function CatalogueInputs({ isNew, items, isPending }: { isNew: boolean; items: readonly CatalogueEntry[]; isPending: boolean }) {
  const record = useRecordContext<CatalogueItemRecord>();
  const savedCode = isNew ? undefined : record?.code;
  return (
    <>
      {isNew ? (
        <Box sx={columns}>
          <SelectInput source="catalogue" choices={catalogueChoices} translateChoice={false} />
          <TextInput source="code" autoComplete="off" helperText="kntc.catalogues.code_help" />
        </Box>
      ) : (
        <FixedIdentity />
      )}
      <TextInput source="name" fullWidth />
      <FormDataConsumer<Draft>>
        {({ formData }) => (
          <SelectInput
            source="parentCode"
            choices={parentChoices(items, formData, savedCode)}
            translateChoice={false}
            emptyText="kntc.catalogues.no_parent"
            helperText="kntc.catalogues.parent_help"
            disabled={!formData.catalogue}
            isPending={isPending}
            fullWidth
          />
        )}
      </FormDataConsumer>
      <FormDataConsumer<Draft>>
        {({ formData }) =>
          // Only fields of the matter feed the report forms; unregistered otherwise, so another catalogue never sends one.
          formData.catalogue === 'field' ? (
            <SelectInput
              source="reportContentGroup"
              choices={contentGroupChoices}
              translateChoice={false}
              // react-admin refuses a null emptyValue; the empty choice is '' on screen and null for the API.
              parse={(value: string) => (value === '' ? null : value)}
              emptyText="kntc.catalogues.no_content_group"
              helperText="kntc.catalogues.content_group_help"
              shouldUnregister
              fullWidth
            />
          ) : null
        }
      </FormDataConsumer>
      <Box sx={columns}>
        <TextInput source="nationalCode" autoComplete="off" helperText="kntc.catalogues.national_help" />
        <NumberInput source="sortOrder" min={0} max={10000} step={1} helperText="kntc.catalogues.sort_help" />
      </Box>
      <BooleanInput source="isActive" helperText="kntc.catalogues.active_help" />
    </>
  );
}
