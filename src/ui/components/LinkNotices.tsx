import { dismissLinkNotices } from '../state/actions';
import { useAppStore } from '../state/store';

/** What the opened link asked for that could not be used, and what was used instead. */
export function LinkNotices() {
  const notices = useAppStore((state) => state.linkNotices);
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-label="Link notices" className="notice">
      <strong>Some settings in this link were not used:</strong>
      <ul>{notices.map((notice) => <li key={notice}>{notice}</li>)}</ul>
      <button type="button" onClick={dismissLinkNotices}>Dismiss</button>
    </div>
  );
}
