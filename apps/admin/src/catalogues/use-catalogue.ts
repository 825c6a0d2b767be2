import type { CatalogueName } from '@kntc/domain';
import { useGetList } from 'react-admin';
import type { CatalogueItemRecord } from '../providers/data-provider';

const EMPTY: CatalogueItemRecord[] = [];

/**
 * Every item of one catalogue, or of all of them, active or not: the API sends them whole (a few
 * dozen rows). Screens asking for the same list at once share one request.
 */
export function useCatalogueItems(catalogue?: CatalogueName) {
  const { data, isPending, error } = useGetList<CatalogueItemRecord>('catalogues', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'sortOrder', order: 'ASC' },
    filter: catalogue ? { catalogue } : {},
  });
  return { items: data ?? EMPTY, isPending, error };
}
