import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';
import { Field } from './Field';
import { FormProblem } from './FormProblem';

/** Only paths of this app: a crafted ?next= cannot send the user to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.post('/api/v1/auth/login', { username, password, cookie: true }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });
  const error = signIn.error instanceof ApiError ? signIn.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate();
  }

  return (
    <main className="auth">
      <h1>Sign in to Spendvault</h1>
      <form onSubmit={submit} noValidate>
        <Field label="Username or e-mail" name="username" autoComplete="username" required value={username}
               onChange={(e) => setUsername(e.target.value)} errors={error?.fieldErrors('username')} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required value={password}
               onChange={(e) => setPassword(e.target.value)} errors={error?.fieldErrors('password')} />
        <FormProblem error={signIn.error} />
        <button type="submit" disabled={signIn.isPending}>{signIn.isPending ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <p><Link to="/forgot-password">Forgot your password?</Link></p>
      <p>New here? <Link to="/sign-up">Create an account</Link></p>
    </main>
  );
}
