import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';
import { Field } from './Field';
import { FormProblem } from './FormProblem';

/** Asks for a reset link by mail; the answer is the same whether an account uses the address or not. */
export function ForgotPassword() {
  const api = useApi();
  const [email, setEmail] = useState('');
  const ask = useMutation({ mutationFn: () => api.post('/api/v1/auth/forgot-password', { email }) });
  const error = ask.error instanceof ApiError ? ask.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    ask.mutate();
  }

  return (
    <main className="auth">
      <h1>Forgot your password?</h1>
      {ask.isSuccess ? (
        <p role="status">If an account uses {email}, a link to choose a new password is on its way. It works for 30 minutes.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label="E-mail" name="email" type="email" autoComplete="email" value={email}
                 onChange={(e) => setEmail(e.target.value)} errors={error?.fieldErrors('email')} />
          <FormProblem error={ask.error} />
          <button type="submit" disabled={ask.isPending}>Send the link</button>
        </form>
      )}
      <p><Link to="/sign-in">Back to sign-in</Link></p>
    </main>
  );
}

/** The page the reset mail links to: /reset-password?token=… */
export function ResetPassword() {
  const api = useApi();
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api.post('/api/v1/auth/reset-password', { token: params.get('token') ?? '', new_password: password }),
  });
  const error = reset.error instanceof ApiError ? reset.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate();
  }

  return (
    <main className="auth">
      <h1>Choose a new password</h1>
      {reset.isSuccess ? (
        <p role="status">Your password is changed and every session was signed out. <Link to="/sign-in">Sign in</Link></p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label="New password" name="new_password" type="password" autoComplete="new-password" value={password}
                 onChange={(e) => setPassword(e.target.value)} errors={error?.fieldErrors('new_password')} />
          <FormProblem error={reset.error} />
          {reset.error && !error?.body?.field_errors && <p><Link to="/forgot-password">Ask for a new link</Link></p>}
          <button type="submit" disabled={reset.isPending}>Set the password</button>
        </form>
      )}
    </main>
  );
}

/** The page a reminder mail's unsubscribe link opens: /unsubscribe?token=… turns reminder mails off. */
export function Unsubscribe() {
  const api = useApi();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useMutation({
    mutationFn: () => api.post(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`),
  });
  const sent = useRef(false);
  useEffect(() => {
    // once per page: the link is followed by a person (mail scanners that only fetch the page run no script)
    if (!sent.current) {
      sent.current = true;
      unsubscribe.mutate();
    }
  }, [unsubscribe]);

  return (
    <main className="auth">
      <h1>Reminder mails</h1>
      {unsubscribe.isPending && <p aria-live="polite">Turning reminder mails off…</p>}
      {unsubscribe.isSuccess && <p role="status">Reminder mails are off. You can turn them on again in the settings.</p>}
      {unsubscribe.error && <p role="alert" className="error">{unsubscribe.error.message}</p>}
      <p><Link to="/">Open Spendvault</Link></p>
    </main>
  );
}
