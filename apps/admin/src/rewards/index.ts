import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { rewardFormLabels } from '@kntc/domain';
import type { Reward } from '../office/data-methods';
import { RewardCreate } from './RewardCreate';
import { RewardEdit } from './RewardEdit';
import { RewardList } from './RewardList';
import { RewardShow } from './RewardShow';

/** "Giấy khen của Giám đốc Sở – Phạm Văn Dũng". */
const recordRepresentation = (record: Reward) => `${rewardFormLabels[record.form]} – ${record.subjectName}`;

export default {
  list: RewardList,
  show: RewardShow,
  create: RewardCreate,
  edit: RewardEdit,
  icon: EmojiEventsIcon,
  recordRepresentation,
};
