/**
 * A labelled file input (several files unless `single`); the picked files go to
 * `onFiles` and the input is emptied, so picking the same file again is seen again.
 */
export function FilePicker({ label, accept, onFiles, single = false }: { label: string; accept: string; onFiles: (files: File[]) => void; single?: boolean }) {
  return (
    <label className="file-input">
      {label}
      <input
        type="file" accept={accept} multiple={!single}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </label>
  );
}
