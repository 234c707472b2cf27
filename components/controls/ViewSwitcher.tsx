'use client';

import { views, type View } from '@/lib/reader/reader-state';
import { useReader, useView } from './ReaderProvider';

/** The view control: one pressed button per view, like a segmented control. */
export function ViewSwitcher({ label, names }: { label: string; names: Record<View, string> }) {
  const { setView } = useReader();
  const view = useView();
  return (
    <div role="group" aria-label={label} className="view-switcher">
      {views.map((v) => (
        <button key={v} type="button" aria-pressed={v === view} data-view={v} onClick={() => setView(v)}>
          {names[v]}
        </button>
      ))}
    </div>
  );
}
