import { useMemo } from 'react';
import { Edit, ListButton, SaveButton, SimpleForm, Toolbar, TopToolbar, useRecordContext } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import type { CatalogueItemRecord } from '../providers/data-provider';
import { itemResolver } from './catalogue-form';
import { CatalogueInputs } from './CatalogueInputs';
import { useCatalogueItems } from './use-catalogue';

const keepTyping = { keepDirtyValues: true } as const;

function EditActions() {
  return (
    <TopToolbar>
      <ListButton />
    </TopToolbar>
  );
}

/** Nothing is deleted: an item letters were filed under is made inactive instead. */
function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

function ItemForm() {
  const record = useRecordContext<CatalogueItemRecord>();
  const { items, isPending } = useCatalogueItems();
  const resolver = useMemo(() => itemResolver(items, record?.code), [items, record?.code]);
  return (
    <SimpleForm resolver={resolver} resetOptions={keepTyping} toolbar={<EditToolbar />}>
      <CatalogueInputs isNew={false} items={items} isPending={isPending} />
    </SimpleForm>
  );
}

/** Pessimistic: a stale version or a refused value leaves the user's input on screen. */
export function CatalogueEdit() {
  const onError = useSaveErrorHandler('kntc.catalogues.reload');
  return (
    <Edit mutationMode="pessimistic" redirect="list" actions={<EditActions />} mutationOptions={{ onError }}>
      <ItemForm />
    </Edit>
  );
}
