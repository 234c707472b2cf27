// Where the article's blocks are on screen, for the controls that move through them: the
// keyboard shortcuts and reading aloud. The sticky toolbar hides what scrolls under it.

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

const toolbarBottom = () => document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;

/** The focused block's index, else that of the first block not hidden under the toolbar. */
export function firstBlockInView(blockIds: readonly string[]): number {
  const focused = document.activeElement?.closest('.block');
  if (focused) return blockIds.indexOf(focused.id);
  const toolbar = toolbarBottom();
  return blockIds.findIndex((id) => (document.getElementById(id)?.getBoundingClientRect().bottom ?? 0) > toolbar);
}

/** Scrolls block `id` into view where it is out of it, without taking the focus from where the reader is. */
export function keepInView(id: string): void {
  const block = document.getElementById(id);
  if (!block) return;
  const { top, bottom } = block.getBoundingClientRect();
  const player = document.querySelector('.player')?.getBoundingClientRect().top ?? window.innerHeight;
  if (top >= toolbarBottom() && bottom <= player) return;
  block.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

/** Focuses and scrolls to the next or previous block; without a focused block, starts at the first one in view. */
export function moveFocus(from: HTMLElement | null | undefined, step: 1 | -1): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('.block')];
  let index = from
    ? blocks.indexOf(from) + step
    : blocks.findIndex((b) => b.getBoundingClientRect().bottom > toolbarBottom());
  if (!from && step === -1) index -= 1;
  const target = blocks[Math.min(Math.max(index, 0), blocks.length - 1)];
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
}
