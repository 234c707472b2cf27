import { readerDom } from '@/lib/reader/reader-dom';
import { defaultView, views, type View } from '@/lib/reader/reader-state';

const inputId = (view: View) => `${readerDom.viewInput}-${view}`;

/**
 * The view's radio buttons, a group of their own just before the toolbar and the blocks: the
 * stylesheet lays the blocks out by the one checked (`.view-inputs:has(…:checked) ~ .blocks`),
 * so the view switches from the first paint, and without JavaScript; the page's controls script
 * keeps it and the address in step. Drawn by `ViewSwitcher`'s labels, in the toolbar.
 */
export function ViewInputs({ label, names }: { label: string; names: Record<View, string> }) {
  return (
    <div className="view-inputs" role="radiogroup" aria-label={label}>
      {views.map((view) => (
        <input
          key={view}
          id={inputId(view)}
          type="radio"
          name={readerDom.viewInput}
          value={view}
          defaultChecked={view === defaultView}
          autoComplete="off"
          aria-label={names[view]}
        />
      ))}
    </div>
  );
}

/** The view control as it shows: one label per view radio, drawn as a segmented control. */
export function ViewSwitcher({ names }: { names: Record<View, string> }) {
  return (
    <div className="view-switcher" aria-hidden="true">
      {views.map((view) => (
        <label key={view} htmlFor={inputId(view)} data-view={view}>
          {names[view]}
        </label>
      ))}
    </div>
  );
}
