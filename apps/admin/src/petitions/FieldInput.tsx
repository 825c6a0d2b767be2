import { FormDataConsumer, SelectInput, useTranslate } from 'react-admin';
import { useCatalogueItems } from '../catalogues/use-catalogue';
import { fieldChoices } from './field-options';

/** Lĩnh vực: optional at intake, chosen from the 'field' catalogue. */
export function FieldInput() {
  const translate = useTranslate();
  const { items, isPending } = useCatalogueItems('field');
  return (
    <FormDataConsumer<{ fieldCode?: string | null }>>
      {({ formData }) => (
        <SelectInput
          source="fieldCode"
          choices={fieldChoices(items, formData.fieldCode, (name) => translate('kntc.petitions.field_inactive', { name }))}
          translateChoice={false}
          emptyText="kntc.petitions.no_field"
          helperText="kntc.petitions.field_help"
          isPending={isPending}
        />
      )}
    </FormDataConsumer>
  );
}
