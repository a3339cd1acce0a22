import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { savedPresentationMode, setPresentationMode } from '../state/preferences';

/** Large type for projectors, remembered in this browser. */
export function PresentationToggle() {
  const t = useT();
  const [on, setOn] = useState(savedPresentationMode);
  return (
    <button type="button" aria-pressed={on} onClick={() => {
      setPresentationMode(!on);
      setOn(!on);
    }}>
      {t('presentation.toggle')}
    </button>
  );
}
