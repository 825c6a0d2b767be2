import MuiButton, { type ButtonProps } from '@mui/material/Button';
import { useTranslate } from 'react-admin';

/**
 * A button that always shows its words. react-admin's Button turns into a bare icon on phones,
 * and the workflow steps have no icon that could say "Ký ban hành" or "Tạm đình chỉ".
 */
export function TextButton({ label, size = 'small', ...props }: Omit<ButtonProps, 'children'> & { label: string }) {
  const translate = useTranslate();
  return (
    <MuiButton size={size} {...props}>
      {translate(label, { _: label })}
    </MuiButton>
  );
}
