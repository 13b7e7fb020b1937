import { ApiError } from '../api/client';

/**
 * What went wrong with a form, said once for screen readers: the fields the API named carry their own
 * messages (see Field), so here only a pointer to them; any other failure in words.
 */
export function FormProblem({ error }: { error: Error | null }) {
  if (!error) {
    return null;
  }
  const namedFields = error instanceof ApiError && error.body?.field_errors;
  return <p role="alert" className="error wide">{namedFields ? 'Please correct the fields marked above.' : error.message}</p>;
}
