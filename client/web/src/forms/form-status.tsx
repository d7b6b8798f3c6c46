import { ErrorState } from '../components/states';
import type { FormError } from './use-form-mutation';

/** The outcome of a submission not shown beside a field: a failed request, or errors without a field. */
export function FormStatus({ failure, errors }: { failure: unknown; errors: readonly FormError[] }) {
  if (failure) return <ErrorState error={failure} title="Not saved" />;
  if (errors.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      <p>
        <strong>Not saved:</strong>
      </p>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field.join('.')}:${e.message}`}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}
