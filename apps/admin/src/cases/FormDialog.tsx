import type { ReactNode } from 'react';
import type { FormProps } from 'react-admin';
import { RecordDialog } from '../forms/RecordDialog';
import { useCaseWorkspace } from './CaseWorkspace';

type Values = Record<string, unknown>;

/** A dialog that records one row of the case; the workspace reloads the case once it is saved. */
export function FormDialog(props: {
  title: string;
  confirm: string;
  done: string;
  resolver: NonNullable<FormProps['resolver']>;
  defaults: Values;
  save(values: Values): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
}) {
  const { changed } = useCaseWorkspace();
  return <RecordDialog {...props} resource="cases" onSaved={changed} />;
}
