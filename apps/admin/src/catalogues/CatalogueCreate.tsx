import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { blankItem, itemResolver } from './catalogue-form';
import { CatalogueInputs } from './CatalogueInputs';
import { useCatalogueItems } from './use-catalogue';

/**
 * Thêm mục danh mục. Opened from a list filtered on one catalogue, the form starts in it
 * (react-admin reads the record from the location state). Pessimistic: a duplicate code comes
 * back from the server onto the code input.
 */
export function CatalogueCreate() {
  const { items, isPending } = useCatalogueItems();
  const resolver = useMemo(() => itemResolver(items), [items]);
  return (
    <Create redirect="list" mutationMode="pessimistic">
      <SimpleForm resolver={resolver} defaultValues={blankItem}>
        <CatalogueInputs isNew items={items} isPending={isPending} />
      </SimpleForm>
    </Create>
  );
}
