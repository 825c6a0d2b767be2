import SchoolIcon from '@mui/icons-material/School';
import type { Training } from '../office/data-methods';
import { TrainingCreate } from './TrainingCreate';
import { TrainingEdit } from './TrainingEdit';
import { TrainingList } from './TrainingList';
import { TrainingShow } from './TrainingShow';

const recordRepresentation = (record: Training) => record.title;

export default {
  list: TrainingList,
  show: TrainingShow,
  create: TrainingCreate,
  edit: TrainingEdit,
  icon: SchoolIcon,
  recordRepresentation,
};
