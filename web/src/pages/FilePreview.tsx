// what the server shows inline (StoredFile.viewableInline); SVG and everything else only downloads
const PREVIEWABLE = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp', 'application/pdf'];

interface PreviewedFile {
  id: string;
  content_type: string;
  original_filename: string;
  thumbnail_url?: string | null;
}

/** A file in a list: its thumbnail (or what kind of file it is) and a link that downloads it. */
export function FileThumbnailLink({ file }: { file: PreviewedFile }) {
  return (
    <>
      {file.thumbnail_url ? <img src={file.thumbnail_url} alt={`Preview of ${file.original_filename}`} width={64} />
        : <span className="file-icon" aria-hidden="true">{file.content_type === 'application/pdf' ? 'PDF' : 'FILE'}</span>}
      <a href={`/api/v1/uploads/${file.id}/download`}>{file.original_filename}</a>
    </>
  );
}

/** Whether the browser can show the file in the page. */
export function canPreview(file: PreviewedFile) {
  return PREVIEWABLE.includes(file.content_type);
}

/** Opens or closes the file's preview below it in a list. */
export function PreviewToggle({ file, open, onToggle }: { file: PreviewedFile; open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="secondary" aria-expanded={open} aria-controls={`preview-${file.id}`} onClick={onToggle}>
      {open ? 'Hide' : 'Preview'}{' '}<span className="visually-hidden">{file.original_filename}</span>
    </button>
  );
}

/** The file itself, shown in the page: images as they are, PDFs in the browser's own viewer. */
export function FilePreview({ file }: { file: PreviewedFile }) {
  const source = `/api/v1/uploads/${file.id}/download?inline=true`;
  return (
    <figure id={`preview-${file.id}`} className="preview">
      {file.content_type === 'application/pdf'
        ? <iframe src={source} title={`Preview of ${file.original_filename}`} />
        : <img src={source} alt={file.original_filename} />}
      <figcaption>{file.original_filename}</figcaption>
    </figure>
  );
}
