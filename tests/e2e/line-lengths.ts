import type { Page } from 'playwright-core';

/**
 * Characters per rendered line of the shown body paragraphs, full lines only (each
 * paragraph's last line left out): each character is placed on a line by its box.
 */
export function lineLengths(page: Page) {
  return page.evaluate(() => {
    const lengths: number[] = [];
    const range = document.createRange();
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.block .version p:not(.notice)')].filter((p) =>
      p.checkVisibility(),
    );
    for (const p of paragraphs) {
      const tolerance = parseFloat(getComputedStyle(p).lineHeight) / 2;
      const lines: { middle: number; text: string }[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rects = [...range.getClientRects()];
          const rect = rects.find((r) => r.width > 0) ?? rects[0];
          if (!rect) continue;
          const middle = rect.top + rect.height / 2;
          let line = lines.find((l) => Math.abs(l.middle - middle) < tolerance);
          if (!line) lines.push((line = { middle, text: '' }));
          line.text += text[i];
        }
      }
      lines.sort((a, b) => a.middle - b.middle);
      lengths.push(...lines.slice(0, -1).map((l) => l.text.trim().length));
    }
    return lengths;
  });
}
