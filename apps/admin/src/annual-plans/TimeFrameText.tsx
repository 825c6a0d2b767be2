import { useTranslate } from 'react-admin';
import { timeFrameText } from './plan-status';

export function TimeFrameText({ item }: { item: Parameters<typeof timeFrameText>[0] }) {
  const translate = useTranslate();
  const text = timeFrameText(item);
  return <>{'text' in text ? text.text : translate(text.key, text.args)}</>;
}
