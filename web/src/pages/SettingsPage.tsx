import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { useApi } from '../api/context';
import { type Settings, useSettings } from '../api/session';
import { Field } from './Field';
import { FormProblem } from './FormProblem';
import { Notifications } from './Notifications';

const DATE_FORMATS = ['MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD', 'DD/MM/YYYY'];

function days(text: string): (number | string)[] {
  return text.split(',').map((part) => part.trim()).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Currency, date format and reminder mails; every date and amount in the app follows them. */
export function SettingsPage() {
  const api = useApi();
  const settings = useSettings();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<{ currency: string; dateFormat: string; enabled: boolean; warranty: string; returns: string } | null>(null);

  useEffect(() => {
    if (settings.data && form === null) {
      setForm({
        currency: settings.data.currency_code, dateFormat: settings.data.date_format, enabled: settings.data.notifications_enabled,
        warranty: settings.data.warranty_reminder_days.join(', '), returns: settings.data.return_reminder_days.join(', '),
      });
    }
  }, [settings.data, form]);

  const save = useMutation({
    mutationFn: () => api.request<Settings>('PUT', '/api/v1/settings', {
      currency_code: form!.currency, date_format: form!.dateFormat, notifications_enabled: form!.enabled,
      warranty_reminder_days: days(form!.warranty), return_reminder_days: days(form!.returns),
    }),
    onSuccess: (saved) => queryClient.setQueryData(['settings'], saved),
  });
  const error = save.error instanceof ApiError ? save.error : null;

  if (!form) {
    return <p className="loading" aria-live="polite">Loading…</p>;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <form onSubmit={submit} noValidate className="narrow">
        <Field label="Currency (ISO code, e.g. EUR)" name="currency_code" maxLength={3} value={form.currency}
               onChange={(e) => setForm({ ...form, currency: e.target.value.toUpperCase() })} errors={error?.fieldErrors('currency_code')} />
        <div className="field">
          <label htmlFor="date_format">Date format</label>
          <select id="date_format" value={form.dateFormat} onChange={(e) => setForm({ ...form, dateFormat: e.target.value })}>
            {DATE_FORMATS.map((format) => <option key={format} value={format}>{format}</option>)}
          </select>
        </div>
        <div className="field checkbox">
          <input id="notifications_enabled" type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} />
          <label htmlFor="notifications_enabled">Reminder mails before warranties end and return windows close</label>
        </div>
        <Field label="Warranty reminders, days before (comma-separated)" name="warranty_reminder_days" value={form.warranty}
               onChange={(e) => setForm({ ...form, warranty: e.target.value })} errors={error?.fieldErrors('warranty_reminder_days')} />
        <Field label="Return reminders, days before" name="return_reminder_days" value={form.returns}
               onChange={(e) => setForm({ ...form, returns: e.target.value })} errors={error?.fieldErrors('return_reminder_days')} />
        <FormProblem error={save.error} />
        <button type="submit" disabled={save.isPending}>Save settings</button>
        {save.isSuccess && <p role="status">Saved.</p>}
      </form>
      <Notifications />
    </section>
  );
}
