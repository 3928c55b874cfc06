import { useState } from 'react';

/**
 * Which of a screen's forms is open (one at a time, by key). A form closes only itself: a save that finishes, its
 * refreshes included, after the user has opened another form leaves that other form open with what was typed in it.
 */
export function useOpenForm() {
  const [open, setOpen] = useState<string | null>(null);
  return {
    open,
    show: setOpen,
    closer: (key: string) => () => setOpen((current) => (current === key ? null : current)),
  };
}
