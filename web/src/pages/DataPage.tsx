import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { uploadWithProgress } from '../api/upload';
import { Field } from './Field';

type ImportReport = Schemas['ImportResponse'];

const EXPORTS = [
  ['/api/v1/export/json', 'Everything as JSON'],
  ['/api/v1/export/csv', 'Purchases as CSV'],
  ['/api/v1/export/zip', 'Everything with the files, as ZIP'],
] as const;

/** Export, import (with a dry run first), and reset. */
export function DataPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api.post('/api/v1/data/reset-all', { password }),
    onSuccess: async () => {
      setPassword('');
      await queryClient.invalidateQueries();
    },
  });
  const resetError = reset.error instanceof ApiError ? reset.error : null;

  async function runImport(dryRun: boolean) {
    if (!file) {
      return;
    }
    const format = file.name.toLowerCase().endsWith('.zip') ? 'zip' : file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
    setImportProblem(null);
    setReport(null);
    setProgress(0);
    try {
      setReport(await uploadWithProgress<ImportReport>(`/api/v1/import/${format}?dry_run=${dryRun}`, {}, file, setProgress));
      if (!dryRun) {
        await queryClient.invalidateQueries();
      }
    } catch (error) {
      setImportProblem(error instanceof Error ? error.message : 'The import failed');
    } finally {
      setProgress(null);
    }
  }

  function confirmReset(event: FormEvent) {
    event.preventDefault();
    if (window.confirm('Delete all your purchases, warranties, retailers, brands and files? Your account stays.')) {
      reset.mutate();
    }
  }

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">Your data</h1>
      <h2>Export</h2>
      <ul className="exports">
        {EXPORTS.map(([href, label]) => <li key={href}><a className="button" href={href} download>{label}</a></li>)}
      </ul>

      <h2>Import</h2>
      <p>A Spendvault export (JSON, CSV or ZIP) or a Spends Tracker JSON file. Try it first: the dry run changes nothing.</p>
      <div className="field">
        <label htmlFor="import-file">File to import</label>
        <input id="import-file" type="file" accept=".json,.csv,.zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <div className="actions">
        <button type="button" className="secondary" disabled={!file || progress !== null} onClick={() => runImport(true)}>Dry run</button>
        <button type="button" disabled={!file || progress !== null} onClick={() => runImport(false)}>Import</button>
      </div>
      {progress !== null && (
        <div className="progress">
          <label htmlFor="import-progress">Uploading</label>
          <progress id="import-progress" max={1} value={progress} />
        </div>
      )}
      {importProblem && <p role="alert" className="error">{importProblem}</p>}
      {report && (
        <div className="report" role="status">
          <h3>{report.dry_run ? 'Dry run: nothing was changed' : 'Imported'}</h3>
          <ul>
            <li>{report.purchases_added} purchases added, {report.purchases_skipped_duplicate} already there</li>
            <li>{report.warranties_added} warranties, {report.retailers_added} retailers, {report.brands_added} brands added</li>
            <li>{report.files_added} files added</li>
          </ul>
          {report.errors.length > 0 && (
            <ul className="error">
              {report.errors.map((problem, index) => (
                <li key={index}>{problem.location}{problem.field ? ` (${problem.field})` : ''}: {problem.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <h2>Reset</h2>
      <form onSubmit={confirmReset} noValidate>
        <Field label="Your password, to confirm" name="reset-password" type="password" autoComplete="current-password"
               value={password} onChange={(e) => setPassword(e.target.value)}
               errors={resetError ? [resetError.fieldErrors('password')[0] ?? resetError.message] : []} />
        <button type="submit" className="danger" disabled={!password || reset.isPending}>Delete all my data</button>
        {reset.isSuccess && <p role="status">All your data was deleted.</p>}
      </form>
    </section>
  );
}
