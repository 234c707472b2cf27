// The reader's icons, drawn once per page (`IconSymbols`) and used by reference (`Icon`) in every
// block's toolbar, so each block's markup does not repeat their paths.

const paths = {
  play: <path d="M6.5 4.5v11l9-5.5z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />,
  stop: <rect x="5" y="5" width="10" height="10" rx="1.5" fill="currentColor" />,
  share: (
    <path
      d="M10 2.5v10M6 6l4-4 4 4M4.5 10v6.5h11V10"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
};

export type IconName = keyof typeof paths;

/**
 * Every icon as an SVG symbol, hidden: render once, before the first `Icon`. Out of the flow by
 * a class, not a `style` attribute, which the Content-Security-Policy (`style-src 'self'`) refuses.
 */
export function IconSymbols() {
  return (
    <svg className="visually-hidden" width="0" height="0" aria-hidden="true" focusable="false">
      {Object.entries(paths).map(([name, path]) => (
        <symbol key={name} id={`icon-${name}`} viewBox="0 0 20 20">
          {path}
        </symbol>
      ))}
    </svg>
  );
}

/** One icon, 16 px, hidden from assistive technology (its control carries the name). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false">
      <use href={`#icon-${name}`} />
    </svg>
  );
}
