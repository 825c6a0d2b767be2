import { useRecordContext, useTranslate } from 'react-admin';
import { useCatalogueItems } from '../catalogues/use-catalogue';
import type { Petition } from '../providers/data-provider';
import { fieldName } from './field-options';

/** The letter's field by name; every row of a list shares the one catalogue request. */
export function FieldName({ emptyText = '—' }: { emptyText?: string }) {
  const record = useRecordContext<Petition>();
  const translate = useTranslate();
  const { items } = useCatalogueItems('field');
  return <>{fieldName(items, record?.fieldCode) || translate(emptyText, { _: emptyText })}</>;
}
