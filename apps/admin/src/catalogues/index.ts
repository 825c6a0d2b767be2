import ListAltIcon from '@mui/icons-material/ListAlt';
import type { CatalogueItemRecord } from '../providers/data-provider';
import { CatalogueCreate } from './CatalogueCreate';
import { CatalogueEdit } from './CatalogueEdit';
import { CatalogueList } from './CatalogueList';

export default {
  list: CatalogueList,
  create: CatalogueCreate,
  edit: CatalogueEdit,
  icon: ListAltIcon,
  recordRepresentation: (item: CatalogueItemRecord) => `${item.name} (${item.code})`,
};
