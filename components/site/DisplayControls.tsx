import { displayDom, themes, type Theme } from '@/lib/reader/display-settings';
import { displayControlsScript } from '@/lib/pre-paint/display';
import { InlineScript } from './InlineScript';

export interface DisplayLabels {
  group: string;
  theme: string;
  themeNames: Record<Theme, string>;
  smaller: string;
  larger: string;
}

/**
 * Theme (system, light, dark) and text size, remembered for every page of the site. Plain
 * controls that the script after them brings to life as soon as they are parsed
 * (lib/pre-paint/display.ts): no tap waits for React.
 */
export function DisplayControls({ labels }: { labels: DisplayLabels }) {
  return (
    <div className="display-controls" role="group" aria-label={labels.group}>
      <label>
        <span className="visually-hidden">{labels.theme}</span>
        <select name={displayDom.themeSelect} defaultValue={themes[0]} autoComplete="off">
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {labels.themeNames[theme]}
            </option>
          ))}
        </select>
      </label>
      {/* "A−" and "A+" are symbols, not words: hidden from the accessible name, which is the label. */}
      <button type="button" title={labels.smaller} {...{ [displayDom.stepAttribute]: -1 }}>
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">{labels.smaller}</span>
      </button>
      <button type="button" title={labels.larger} {...{ [displayDom.stepAttribute]: 1 }}>
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">{labels.larger}</span>
      </button>
      <InlineScript code={displayControlsScript} />
    </div>
  );
}
