import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';
import { Field } from './Field';
import { FormProblem } from './FormProblem';

export function SignUp() {
  const api = useApi();
  const navigate = useNavigate();
  const [form, setForm] = useState({ username: '', email: '', password: '' });
  const signUp = useMutation({
    mutationFn: async () => {
      await api.post('/api/v1/auth/register', form);
      await api.post('/api/v1/auth/login', { username: form.username, password: form.password, cookie: true });
    },
    onSuccess: () => navigate('/', { replace: true }),
  });
  const error = signUp.error instanceof ApiError ? signUp.error : null;
  const change = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    signUp.mutate();
  }

  return (
    <main className="auth">
      <h1>Create your Spendvault account</h1>
      <form onSubmit={submit} noValidate>
        <Field label="Username" name="username" autoComplete="username" required value={form.username}
               onChange={change('username')} errors={error?.fieldErrors('username')} />
        <Field label="E-mail" name="email" type="email" autoComplete="email" required value={form.email}
               onChange={change('email')} errors={error?.fieldErrors('email')} />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required value={form.password}
               onChange={change('password')} errors={error?.fieldErrors('password')} />
        <FormProblem error={signUp.error} />
        <button type="submit" disabled={signUp.isPending}>{signUp.isPending ? 'Creating…' : 'Create account'}</button>
      </form>
      <p>Have an account? <Link to="/sign-in">Sign in</Link></p>
    </main>
  );
}
