'use client';

import type { ReactNode } from 'react';
import { languages } from '@/lib/i18n/config';
import { useReader } from './ReaderProvider';

/** The article's blocks, laid out for the current view; side by side gets column headings. */
export function BlockList({ children }: { children: ReactNode }) {
  const { view, labels } = useReader();
  return (
    <div className="blocks" data-view={view}>
      {view === 'side-by-side' && (
        <div className="columns" aria-hidden="true">
          {languages.map((l) => (
            <span key={l}>{labels.languageName[l]}</span>
          ))}
        </div>
      )}
      {children}
    </div>
  );
}
