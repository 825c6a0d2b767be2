import DevicesIcon from '@mui/icons-material/Devices';
import type { Equipment } from '../office/data-methods';
import { EquipmentCreate } from './EquipmentCreate';
import { EquipmentEdit } from './EquipmentEdit';
import { EquipmentList } from './EquipmentList';
import { EquipmentShow } from './EquipmentShow';

/** "Máy in laser A4 (PRN-TCD-2022-07)". */
const recordRepresentation = (record: Equipment) => `${record.name} (${record.serial})`;

export default {
  list: EquipmentList,
  show: EquipmentShow,
  create: EquipmentCreate,
  edit: EquipmentEdit,
  icon: DevicesIcon,
  recordRepresentation,
};
