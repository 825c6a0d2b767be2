import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { catalogueLabels } from '@kntc/domain';
import { useMemo } from 'react';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useListContext,
} from 'react-admin';
import type { CatalogueItemRecord } from '../providers/data-provider';
import { ActiveChip } from './ActiveChip';
import { depthOf, parentName, treeOrder } from './catalogue-tree';
import { catalogueChoices } from './choices';

const filters = [
  <SelectInput
    key="catalogue"
    source="catalogue"
    choices={catalogueChoices}
    translateChoice={false}
    emptyText="kntc.catalogues.all"
    alwaysOn
    sx={{ minWidth: 280 }}
  />,
];

/** A new item starts in the catalogue the list is showing. */
function ListActions() {
  const { filterValues } = useListContext();
  const catalogue: unknown = filterValues.catalogue;
  return (
    <TopToolbar>
      <CreateButton state={typeof catalogue === 'string' ? { record: { catalogue } } : undefined} />
    </TopToolbar>
  );
}

/**
 * Items grouped by catalogue, each parent followed by its children (indented); a rule line
 * separates the catalogues. Only those who may edit get a clickable row.
 */
function ItemDatagrid() {
  const { data } = useListContext<CatalogueItemRecord>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'catalogues', action: 'edit' });
  const items = useMemo(() => data ?? [], [data]);
  const ordered = useMemo(() => treeOrder(items), [items]);
  const firstOfCatalogue = useMemo(
    () => new Set(ordered.filter((item, index) => ordered[index - 1]?.catalogue !== item.catalogue).map((item) => item.id)),
    [ordered],
  );
  return (
    <Datagrid
      data={ordered}
      rowClick={canEdit ? 'edit' : false}
      bulkActionButtons={false}
      rowSx={(record) => ({
        ...(firstOfCatalogue.has(String(record.id)) ? { '& td': { borderTop: '2px solid', borderTopColor: 'divider' } } : {}),
        ...(record.isActive ? {} : { '& td': { color: 'text.secondary' } }),
      })}
    >
      <FunctionField<CatalogueItemRecord>
        source="catalogue"
        sortable={false}
        render={(item) => catalogueLabels[item.catalogue]}
      />
      <FunctionField<CatalogueItemRecord>
        source="code"
        sortable={false}
        render={(item) => <Box component="code" sx={{ fontSize: '0.85em' }}>{item.code}</Box>}
      />
      <FunctionField<CatalogueItemRecord>
        source="name"
        sortable={false}
        render={(item) => (
          <Typography variant="body2" sx={{ pl: 2 * depthOf(item, items), fontWeight: item.parentCode ? 400 : 600 }}>
            {item.name}
          </Typography>
        )}
      />
      <FunctionField<CatalogueItemRecord> source="parentCode" sortable={false} render={(item) => parentName(item, items) ?? '—'} />
      <FunctionField<CatalogueItemRecord> source="nationalCode" sortable={false} render={(item) => item.nationalCode ?? '—'} />
      <FunctionField<CatalogueItemRecord> source="sortOrder" sortable={false} textAlign="right" render={(item) => item.sortOrder} />
      <FunctionField<CatalogueItemRecord> source="isActive" sortable={false} render={(item) => <ActiveChip isActive={item.isActive} />} />
    </Datagrid>
  );
}

/** Danh mục: reference lists aligned with the national database; small, so they come whole. */
export function CatalogueList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={200}
      pagination={false}
      exporter={false}
    >
      <ItemDatagrid />
    </List>
  );
}
