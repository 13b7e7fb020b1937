import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { useSettings } from '../api/session';
import { formatBytes, formatDate, type DateFormat } from '../lib/format';
import { listQuery, readListState } from '../lib/listState';
import { canPreview, FilePreview, FileThumbnailLink, PreviewToggle } from './FilePreview';
import { ListSkeleton } from './ListSkeleton';
import { Pager } from './Pager';

type FilePage = Schemas['PageResponse_FileResponse_'];

/** Every file the user stored, newest first: search by name, preview, download, delete. */
export function FilesPage() {
  const api = useApi();
  const settings = useSettings();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const [search, setSearch] = useState(state.search);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const files = useQuery({
    queryKey: ['files', state],
    queryFn: () => api.get<FilePage>(`/api/v1/uploads?size=20&sort_by=upload_date&sort_order=desc&${listQuery(state)}`),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.request('DELETE', `/api/v1/uploads/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['files'] }),
  });
  const dateFormat = (settings.data?.date_format ?? 'YYYY-MM-DD') as DateFormat;

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(listQuery({ search, page: 1 }));
  }

  return (
    <section aria-labelledby="files-title">
      <h1 id="files-title">Files</h1>
      <form role="search" onSubmit={submit} className="search">
        <label htmlFor="file-search">Search</label>
        <input id="file-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {files.isPending && <ListSkeleton label="Loading files…" />}
      {files.error && <p role="alert" className="error">Files could not be loaded: {files.error.message}</p>}
      {remove.error && <p role="alert" className="error">{remove.error instanceof ApiError ? remove.error.message : 'Not deleted'}</p>}
      {files.data && files.data.items.length === 0 && (
        <p className="empty">{state.search ? `No file is called like “${state.search}”.` : 'No files yet: add receipts to your purchases.'}</p>
      )}
      <ul className="files">
        {(files.data?.items ?? []).map((file) => (
          <li key={file.id}>
            <FileThumbnailLink file={file} />
            <span className="muted">{formatBytes(file.file_size)}, {formatDate(file.upload_date.slice(0, 10), dateFormat)}</span>
            {canPreview(file) && (
              <PreviewToggle file={file} open={previewed === file.id}
                             onToggle={() => setPreviewed(previewed === file.id ? null : file.id)} />
            )}
            <button type="button" className="secondary" disabled={remove.isPending}
                    onClick={() => window.confirm(`Delete ${file.original_filename}?`) && remove.mutate(file.id)}>
              Delete {file.original_filename}
            </button>
            {previewed === file.id && <FilePreview file={file} />}
          </li>
        ))}
      </ul>
      {files.data && files.data.pages > 1 && (
        <Pager label="Pages" page={state.page} pages={files.data.pages} onPage={(page) => setParams(listQuery({ ...state, page }))} />
      )}
    </section>
  );
}
