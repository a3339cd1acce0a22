import { useState } from 'react';
import { savedPresentationMode, setPresentationMode } from '../state/preferences';

/** Large type for projectors, remembered in this browser. */
export function PresentationToggle() {
  const [on, setOn] = useState(savedPresentationMode);
  return (
    <button type="button" aria-pressed={on} onClick={() => {
      setPresentationMode(!on);
      setOn(!on);
    }}>
      Presentation mode
    </button>
  );
}
