import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { FormProblem } from './FormProblem';

type NotificationPage = Schemas['PageResponse_NotificationResponse_'];

/** The mails sent to the user (or waiting), and a test mail to check that they arrive. */
export function Notifications() {
  const api = useApi();
  const queryClient = useQueryClient();
  const mails = useQuery({ queryKey: ['notifications'], queryFn: () => api.get<NotificationPage>('/api/v1/notifications?size=10') });
  const test = useMutation({
    mutationFn: () => api.post('/api/v1/notifications/test'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });

  return (
    <section aria-labelledby="mails-title">
      <h2 id="mails-title">Mails</h2>
      <button type="button" className="secondary" onClick={() => test.mutate()} disabled={test.isPending}>Send me a test mail</button>
      <FormProblem error={test.error} />
      {test.isSuccess && <p role="status">A test mail is on its way.</p>}
      {mails.data && mails.data.items.length === 0 && <p className="empty">No mails yet.</p>}
      {mails.data && mails.data.items.length > 0 && (
        <table>
          <thead><tr><th scope="col">Subject</th><th scope="col">Status</th><th scope="col">Written</th></tr></thead>
          <tbody>
            {mails.data.items.map((mail) => (
              <tr key={mail.id}>
                <td>{mail.subject}</td>
                <td>{mail.status}{mail.last_error ? ` (${mail.last_error})` : ''}</td>
                <td>{new Date(mail.created_at).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
