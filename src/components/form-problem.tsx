/**
 * What went wrong with a form as a whole, above its fields. It can take focus (tabIndex -1) for
 * when the problem is not any one field's, so that nobody misses it.
 */
export function FormProblem({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <div id={id} role="alert" tabIndex={-1} className="status-message status-message--error">
      <p>{message}</p>
    </div>
  );
}
