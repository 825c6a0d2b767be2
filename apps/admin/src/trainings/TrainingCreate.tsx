import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../forms/save-errors';
import { TrainingInputs } from './TrainingInputs';
import { trainingDefaults, trainingResolver } from './training-form';

/** Ghi lớp tập huấn, hội nghị tuyên truyền with its invited participants (attendance may follow after the day). */
export function TrainingCreate() {
  const onError = useSaveErrorHandler();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm resolver={trainingResolver} defaultValues={trainingDefaults}>
        <TrainingInputs />
      </SimpleForm>
    </Create>
  );
}
