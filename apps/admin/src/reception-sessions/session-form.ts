import { zodResolver } from '@hookform/resolvers/zod';
import { ReceptionSessionDataSchema, shiftDate, todayInVietnam } from '@kntc/domain';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';

type FormResolver = NonNullable<SimpleFormProps['resolver']>;

/** Validates with the server's schema, so the form shows the messages the API would send. */
const resolve = zodResolver(ReceptionSessionDataSchema as z.ZodObject);
export const sessionResolver: FormResolver = (values, context, options) => resolve(pickEditable(ReceptionSessionDataSchema, values), context, options);

/** A periodic morning at the reception office, a month ahead: enough notice to publish in time. */
export const sessionDefaults = () => ({
  date: shiftDate(todayInVietnam(), 30),
  startTime: '07:30',
  endTime: '11:00',
  place: 'Trụ sở tiếp công dân Sở Nội vụ',
  hostName: '',
  hostTitle: 'Giám đốc Sở Nội vụ',
  hostMode: 'in_person',
  kind: 'periodic',
  note: null,
});
