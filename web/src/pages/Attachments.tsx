import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useRef, useState } from 'react';
import { ApiError, type Schemas } from '../api/client';
import { useApi } from '../api/context';
import { uploadWithProgress } from '../api/upload';
import { formatBytes } from '../lib/format';
import { canPreview, FilePreview, FileThumbnailLink, PreviewToggle } from './FilePreview';

type Attachment = Schemas['AttachmentResponse'];
type AttachmentPage = Schemas['PageResponse_AttachmentResponse_'];

const FILE_TYPES = ['receipt', 'manual', 'photo', 'warranty', 'other'] as const;

/** A purchase's receipts, manuals and photos: drop or pick a file, watch it upload, see it listed. */
export function Attachments({ purchaseId }: { purchaseId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [fileType, setFileType] = useState<string>('receipt');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const attachments = useQuery({
    queryKey: ['attachments', purchaseId],
    queryFn: () => api.get<AttachmentPage>(`/api/v1/purchases/${purchaseId}/files?size=100`),
    // thumbnails are made in the background: look again while an image has none yet
    refetchInterval: (query) =>
      query.state.data?.items.some((file) => file.content_type.startsWith('image/') && !file.thumbnail_url) ? 1000 : false,
  });

  const detach = useMutation({
    // the file stays in the files library; only its link to this purchase goes
    mutationFn: (fileId: string) => api.request('DELETE', `/api/v1/purchases/${purchaseId}/files/${fileId}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['attachments', purchaseId] }),
  });

  async function upload(file: File) {
    setProblem(null);
    setProgress(0);
    try {
      await uploadWithProgress<Attachment>(`/api/v1/purchases/${purchaseId}/files`, { file_type: fileType }, file, setProgress);
      await queryClient.invalidateQueries({ queryKey: ['attachments', purchaseId] });
      await queryClient.invalidateQueries({ queryKey: ['purchase', purchaseId] });
    } catch (error) {
      setProblem(error instanceof ApiError && error.status !== 0 ? error.message : 'The upload did not reach the server. Try again.');
    } finally {
      setProgress(null);
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) {
      void upload(file);
    }
  }

  return (
    <section aria-labelledby="attachments-title" className="attachments">
      <h2 id="attachments-title">Receipts and documents</h2>
      <div className={dragging ? 'dropzone dragging' : 'dropzone'} onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
           onDragLeave={() => setDragging(false)} onDrop={drop}>
        <label htmlFor="file_type">Kind</label>
        <select id="file_type" value={fileType} onChange={(e) => setFileType(e.target.value)}>
          {FILE_TYPES.map((type) => <option key={type} value={type}>{type}</option>)}
        </select>
        <label htmlFor="attachment-file">Drop a file here, or choose one</label>
        <input id="attachment-file" ref={input} type="file" disabled={progress !== null}
               onChange={(e) => { const file = e.target.files?.[0]; if (file) void upload(file); e.target.value = ''; }} />
      </div>
      {progress !== null && (
        <div className="progress">
          <label htmlFor="upload-progress">Uploading</label>
          <progress id="upload-progress" max={1} value={progress}>{Math.round(progress * 100)}%</progress>
        </div>
      )}
      {problem && <p role="alert" className="error">{problem}</p>}
      {attachments.data && attachments.data.items.length === 0 && <p className="empty">No documents yet: add the receipt.</p>}
      <ul className="files">
        {(attachments.data?.items ?? []).map((file) => (
          <li key={file.id}>
            <FileThumbnailLink file={file} />
            <span className="muted">{file.file_type}, {formatBytes(file.file_size)}</span>
            {canPreview(file) && (
              <PreviewToggle file={file} open={previewed === file.id}
                             onToggle={() => setPreviewed(previewed === file.id ? null : file.id)} />
            )}
            <button type="button" className="secondary" disabled={detach.isPending}
                    onClick={() => detach.mutate(file.id)}>Remove {file.original_filename}</button>
            {previewed === file.id && <FilePreview file={file} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

