/**
 * A labelled file input taking several files; the picked files go to `onFiles` and the
 * input is emptied, so picking the same file again is seen again.
 */
export function FilePicker({ label, accept, onFiles }: { label: string; accept: string; onFiles: (files: File[]) => void }) {
  return (
    <label className="file-input">
      {label}
      <input
        type="file" accept={accept} multiple
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </label>
  );
}
