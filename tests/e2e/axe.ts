import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now and returns one line per failing element: rule,
 * impact, target selector, help text and what to fix, so a failed assertion says what to change.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    axeTags,
  );
  return violations.violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? node.impact ?? 'unknown'}) at ${node.target.map(String).join(' >> ')}: ${v.help} ` +
        `[${v.helpUrl}]\n    ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}`,
    ),
  );
}
