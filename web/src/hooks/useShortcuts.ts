// Keyboard shortcuts on the canvas page (ignored while typing in a field).
import { useEffect } from 'react';

export type Shortcuts = Partial<Record<string, (e: KeyboardEvent) => void>>;

/** Keys are `e.key` values, with `ctrl+` for Ctrl or Cmd, e.g. `ctrl+z`, `Delete`, `e`. */
export function useShortcuts(map: Shortcuts): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (
        t &&
        (t.tagName === 'INPUT' ||
          t.tagName === 'TEXTAREA' ||
          t.tagName === 'SELECT' ||
          t.isContentEditable)
      )
        return;
      const key = `${e.ctrlKey || e.metaKey ? 'ctrl+' : ''}${e.key.length === 1 ? e.key.toLowerCase() : e.key}`;
      const fn = map[key];
      if (fn) {
        e.preventDefault();
        fn(e);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [map]);
}
