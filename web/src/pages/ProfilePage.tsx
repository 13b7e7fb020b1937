import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';
import { useCurrentUser } from '../api/session';
import { Field } from './Field';
import { FormProblem } from './FormProblem';

/** The account: change the password (other sessions end), sign out on every device, or leave with everything. */
export function ProfilePage() {
  const api = useApi();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [passwords, setPasswords] = useState({ current_password: '', new_password: '' });
  const [leavePassword, setLeavePassword] = useState('');
  const change = useMutation({
    mutationFn: () => api.post('/api/v1/users/change-password', passwords),
    onSuccess: () => setPasswords({ current_password: '', new_password: '' }),
  });
  const leave = useMutation({
    mutationFn: () => api.request('DELETE', '/api/v1/users/me', { password: leavePassword }),
    onSuccess: () => {
      queryClient.clear();
      navigate('/sign-up', { replace: true });
    },
  });
  const everywhere = useMutation({
    // every session ends, this one too: back to sign-in, with nothing of this account left in memory
    mutationFn: () => api.post('/api/v1/auth/logout-all'),
    onSuccess: () => {
      queryClient.clear();
      navigate('/sign-in', { replace: true });
    },
  });
  const changeError = change.error instanceof ApiError ? change.error : null;
  const leaveError = leave.error instanceof ApiError ? leave.error : null;

  function submitChange(event: FormEvent) {
    event.preventDefault();
    change.mutate();
  }

  function submitLeave(event: FormEvent) {
    event.preventDefault();
    if (window.confirm('Delete your account and everything in it? This cannot be undone.')) {
      leave.mutate();
    }
  }

  return (
    <section aria-labelledby="profile-title" className="narrow">
      <h1 id="profile-title">Your account</h1>
      {me.data && <p>{me.data.username} · {me.data.email}</p>}
      <h2>Change password</h2>
      <form onSubmit={submitChange} noValidate>
        <Field label="Current password" name="current_password" type="password" autoComplete="current-password"
               value={passwords.current_password} onChange={(e) => setPasswords({ ...passwords, current_password: e.target.value })}
               errors={changeError?.fieldErrors('current_password')} />
        <Field label="New password" name="new_password" type="password" autoComplete="new-password"
               value={passwords.new_password} onChange={(e) => setPasswords({ ...passwords, new_password: e.target.value })}
               errors={changeError?.fieldErrors('new_password')} />
        <FormProblem error={change.error} />
        <button type="submit" disabled={change.isPending}>Change password</button>
        {change.isSuccess && <p role="status">Password changed; your other sessions were signed out.</p>}
      </form>
      <h2>Sessions</h2>
      <p>Signed in on a computer you no longer use, or lost a phone? End every session of this account, this one included.</p>
      <FormProblem error={everywhere.error} />
      <button type="button" className="secondary" disabled={everywhere.isPending}
              onClick={() => everywhere.mutate()}>Sign out everywhere</button>
      <h2>Delete account</h2>
      <form onSubmit={submitLeave} noValidate>
        <Field label="Password, to confirm" name="leave_password" type="password" autoComplete="current-password"
               value={leavePassword} onChange={(e) => setLeavePassword(e.target.value)}
               errors={leaveError?.fieldErrors('password')} />
        <FormProblem error={leave.error} />
        <button type="submit" className="danger" disabled={!leavePassword || leave.isPending}>Delete my account</button>
      </form>
    </section>
  );
}
