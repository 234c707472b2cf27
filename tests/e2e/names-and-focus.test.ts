import type { BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { views } from '@/lib/reader/reader-state';
import { axeViolations } from './axe';
import { hydrated, setUpBrowser } from './browser';

// Issue 13, points 5, 6 and 7, and the axe part of 8: one Tab stop a paragraph, controls whose
// accessible names say which paragraph they act on and what they will do, a short name for a
// focused paragraph, focus that never drops to <body> after a shortcut, visible answers from
// the flip and share, and axe-core clean in every state.

const article = '/articles/belarus-cuba-military-ties';
/** The paragraph published in Spanish; every other one was published in English. */
const spanishBlock = 'la-visita-del-jefe-del-estado';
const wide = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const words = {
  en: { paragraph: 'Paragraph', names: { en: 'English', es: 'Spanish' } },
  es: { paragraph: 'Párrafo', names: { en: 'inglés', es: 'español' } },
} as const;
type Lng = keyof typeof words;

const { newPage } = setUpBrowser();

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/** A fresh page on `path`, hydrated; reduced motion, so j and k scroll at once. */
async function openNew(path: string, options: BrowserContextOptions = {}) {
  const page = await newPage({ viewport: wide, reducedMotion: 'reduce', ...options });
  await open(page, path);
  return page;
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

interface AXControl {
  role: string;
  name: string;
  description: string;
  checked?: string;
  disabled?: boolean;
  focused?: boolean;
}

function axControl(node: {
  role?: { value?: unknown };
  name?: { value?: unknown };
  description?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
}): AXControl {
  const props = Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value]));
  return {
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
    description: String(node.description?.value ?? ''),
    checked: props.checked === undefined ? undefined : String(props.checked),
    disabled: props.disabled === true || undefined,
    focused: props.focused === true || undefined,
  };
}

const controlRoles = new Set(['button', 'link', 'checkbox', 'switch', 'radio', 'combobox', 'menuitem', 'tab']);

/** Every control the accessibility tree exposes on the page, as a screen reader's list of them. */
async function pageControls(cdp: CDPSession): Promise<AXControl[]> {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => !n.ignored && controlRoles.has(String(n.role?.value))).map(axControl);
}

/** The focused node of the accessibility tree. */
async function axFocused(cdp: CDPSession): Promise<AXControl | undefined> {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes
    .filter((n) => !n.ignored)
    .map(axControl)
    .find((n) => n.focused && n.role !== 'RootWebArea');
}

/** Each block's group and its toolbar's controls as the accessibility tree names them, with what the DOM shows. */
async function blocksAsExposed(page: Page, cdp: CDPSession) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds: blocks } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.block' });
  const ax = async (nodeId: number) => {
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return { ignored: nodes[0]!.ignored, ...axControl(nodes[0]!) };
  };
  const shown = await page.$$eval('.block', (bs) =>
    bs.map((b) =>
      [...b.querySelectorAll<HTMLElement>('.version')].filter((v) => v.checkVisibility()).map((v) => v.dataset.lang!),
    ),
  );
  const found = [];
  for (const [i, nodeId] of blocks.entries()) {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId,
      selector: '.block-controls input, .block-controls button, .block-controls a',
    });
    found.push({ n: i + 1, shown: shown[i]!, group: await ax(nodeId), controls: await Promise.all(nodeIds.map(ax)) });
  }
  return found;
}

const other = (lang: string) => (lang === 'en' ? 'es' : 'en');

describe('Tab stops', () => {
  it.each(['reading', 'side-by-side'])('one Tab stop a paragraph, 21 for the article (%s view)', async (view) => {
    const page = await openNew(`/es${article}?view=${view}`);
    let presses = 0;
    let firstFlip = 0;
    const at = () =>
      page.evaluate(() => {
        const e = document.activeElement!;
        const block = e.closest('.block');
        return {
          block: block ? [...document.querySelectorAll('.block')].indexOf(block) + 1 : 0,
          flip: e.matches('input[name="flip"]'),
        };
      });
    while (presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
      const now = await at();
      if (now.block === 1 && now.flip) firstFlip = presses;
      if (now.block === 5 && now.flip) break;
    }
    console.info(`${view}: the 5th paragraph's flip after ${presses} Tabs from the top`);
    // The header (skip link, site name, theme, text size ×2, language) and the article's
    // controls before its text (listen, view, shortcuts): 9 stops, then one a paragraph.
    expect(presses, 'Tabs from the top to the 5th paragraph’s flip').toBeLessThanOrEqual(14);
    expect(presses - firstFlip, 'Tabs from the 1st paragraph’s flip to the 5th’s').toBe(4);

    // Through the skip link: Tab, Enter, then the article's own stops.
    await open(page, `/es${article}?view=${view}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    let skipping = 2;
    while (skipping < 40) {
      await page.keyboard.press('Tab');
      skipping++;
      const now = await at();
      if (now.block === 5 && now.flip) break;
    }
    console.info(`${view}: the 5th paragraph's flip after ${skipping} keys through the skip link`);
    // The language link, listen, the view and the shortcuts, then one a paragraph.
    expect(skipping, 'keys through the skip link to the 5th paragraph’s flip').toBeLessThanOrEqual(11);

    // From the first paragraph's flip to the end of the article.
    await page
      .locator('.block')
      .first()
      .evaluate((b: HTMLElement) => b.focus());
    const stops: number[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const now = await at();
      if (!now.block) break;
      stops.push(now.block);
    }
    expect(stops).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('moves inside a paragraph’s toolbar with the arrow keys, Home and End, and Tab leaves it', async () => {
    const page = await openNew(`/es${article}`);
    await page
      .locator('.block')
      .nth(3)
      .evaluate((b: HTMLElement) => b.focus());
    await page.keyboard.press('Tab');
    const focusedControl = () =>
      page.evaluate(() => {
        const e = document.activeElement!;
        return `${[...document.querySelectorAll('.block')].indexOf(e.closest('.block')!) + 1} ${e.className || e.getAttribute('name')}`;
      });
    expect(await focusedControl()).toBe('4 flip');
    const steps: [string, string][] = [
      ['ArrowRight', '4 listen'],
      ['ArrowRight', '4 share'],
      ['ArrowRight', '4 flip'],
      ['ArrowLeft', '4 share'],
      ['Home', '4 flip'],
      ['End', '4 share'],
      ['Tab', '5 flip'],
      ['Shift+Tab', '4 share'],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      expect(await focusedControl(), `after ${key}`).toBe(expected);
    }
  });
});

describe('accessible names', () => {
  it.each(views)(
    'every control’s name is unique and says its paragraph, flip states exposed (%s view)',
    async (view) => {
      for (const lng of ['es', 'en'] as const) {
        const page = await openNew(`/${lng}${article}?view=${view}`);
        const cdp = await page.context().newCDPSession(page);
        // One paragraph flipped (in the wide side by side, from the address: a click does nothing there).
        if (view === 'side-by-side') await open(page, `/${lng}${article}?view=${view}&flip=${spanishBlock}`);
        else
          await page.locator(`[id="${spanishBlock}"] input[name="flip"]`).evaluate((i: HTMLInputElement) => i.click());

        const all = await pageControls(cdp);
        const names = all.map((c) => c.name);
        const repeated = names.filter((name, i) => names.indexOf(name) !== i);
        expect(repeated, `${lng}: names shared by several controls`).toEqual([]);
        expect(
          names.filter((name) => !name.trim()),
          `${lng}: nameless controls`,
        ).toEqual([]);

        const { paragraph, names: languageNames } = words[lng];
        const blocks = await blocksAsExposed(page, cdp);
        expect(blocks).toHaveLength(21);
        for (const { n, shown, group, controls } of blocks) {
          expect(group.name, `${lng}: a paragraph's short name`).toBe(`${paragraph} ${n}`);
          expect(controls.map((c) => c.role)).toEqual(['switch', 'button', 'link']);
          for (const c of controls) {
            expect(c.ignored, `${lng}: ${c.name}`).toBe(false);
            expect(c.name, `${lng}: each control says its paragraph`).toMatch(
              new RegExp(`${paragraph} ${n}(?!\\d)`, 'i'),
            );
          }
          const flip = controls[0]!;
          const flipped = n === 12;
          expect(flip.checked, `${lng}, paragraph ${n}: its flip's state`).toBe(String(flipped));
          if (shown.length === 1) {
            // A switch named by the language it shows when on: off, the one it will show; on, the one shown.
            const named = flipped ? shown[0]! : other(shown[0]!);
            expect(flip.name, `${lng}, paragraph ${n}`).toContain(languageNames[named as Lng]);
            expect(flip.disabled, `${lng}, paragraph ${n}`).toBeUndefined();
          } else {
            expect(flip.disabled, `${lng}, paragraph ${n}: side by side there is nothing to flip`).toBe(true);
          }
        }
        await page.context().close();
      }
    },
  );

  it('a paragraph focused with j is named “Paragraph N”, not by its text', async () => {
    const page = await openNew(`/en${article}?view=side-by-side`);
    const cdp = await page.context().newCDPSession(page);
    for (const n of [1, 2, 3]) {
      await page.keyboard.press('j');
      const focused = await axFocused(cdp);
      expect(focused?.role).toBe('group');
      expect(focused?.name).toBe(`Paragraph ${n}`);
    }
  });

  it('side by side names each version’s language for assistive technology', async () => {
    for (const lng of ['en', 'es'] as const) {
      const page = await openNew(`/${lng}${article}?view=side-by-side`);
      const cdp = await page.context().newCDPSession(page);
      const labels = await page.$$eval('.block .version', (versions) =>
        versions.map((v) => {
          const label = v.querySelector<HTMLElement>(':scope > .version-label');
          return {
            lang: v.getAttribute('data-lang')!,
            shown: Boolean(label?.checkVisibility()),
            hidden: Boolean(label?.closest('[aria-hidden="true"]')),
            text: label?.textContent ?? '',
            first: v.firstElementChild === label,
          };
        }),
      );
      expect(labels).toHaveLength(42);
      for (const label of labels) {
        expect(label, `${lng}: a version's label`).toMatchObject({ shown: true, hidden: false, first: true });
        expect(label.text.toLowerCase()).toContain(words[lng].names[label.lang as Lng].toLowerCase());
      }
      // The tree holds each label's text, once a version, each before its text.
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const texts = nodes
        .filter((n) => !n.ignored && n.role?.value === 'StaticText')
        .map((n) => String(n.name?.value ?? '').toLowerCase());
      for (const lang of ['en', 'es'] as const) {
        const name = words[lng].names[lang].toLowerCase();
        expect(texts.filter((t) => t === name).length, `${lng}: “${name}” labels in the tree`).toBe(21);
      }
      await page.context().close();
    }
  });
});

/** Where the focus is, what draws it, and whether a reader can see it. */
function focusNow(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { on: 'body', shown: false, where: '' };
    const block = el.closest('.block');
    const on =
      `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''}` +
      (el.getAttribute('name') ? `[${el.getAttribute('name')}]` : '') +
      (block ? ` in paragraph ${[...document.querySelectorAll('.block')].indexOf(block) + 1}` : '');
    // A visually hidden input shows its focus on its label.
    const drawer =
      el.closest<HTMLElement>('label.flip') ??
      (el.id ? document.querySelector<HTMLElement>(`label[for="${el.id}"]`) : null) ??
      el;
    const style = getComputedStyle(drawer);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const r = drawer.getBoundingClientRect();
    const bar = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
    const inDialog = Boolean(el.closest('dialog'));
    const onScreen = r.width > 0 && r.height > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const uncovered = inDialog || Boolean(drawer.closest('.toolbar')) || r.bottom > bar + 4;
    return {
      on,
      where: inDialog ? 'dialog' : block ? 'block' : 'page',
      shown: el.matches(':focus-visible') && ring && onScreen && uncovered,
    };
  });
}

const keys = ['j', 'k', 't', 's', 'v', '?', 'Escape'] as const;
const starts = ['flip', 'paragraph', 'body'] as const;

describe('focus after every shortcut', () => {
  it.each([
    ['reading', wide],
    ['side-by-side', wide],
    ['original', wide],
    ['side-by-side', phone],
  ] as const)('never drops to <body> and stays in sight (%s view, %o)', async (view, viewport) => {
    const page = await openNew(`/es${article}?view=${view}`, {
      viewport,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const setView = (v: string) =>
      page.evaluate((value) => {
        const input = document.querySelector<HTMLInputElement>(`input[name="view"][value="${value}"]`)!;
        if (!input.checked) input.click();
      }, v);
    const problems: string[] = [];
    for (const start of starts) {
      for (const key of keys) {
        await setView(view);
        // Paragraph 5 near the top, focused as a keyboard reader would have it.
        await page
          .locator('.block')
          .nth(3)
          .evaluate((b: HTMLElement) => b.focus());
        await page.keyboard.press('j');
        if (start === 'flip') await page.keyboard.press('Tab');
        if (start === 'body') await page.evaluate(() => (document.activeElement as HTMLElement).blur());
        await frames(page);
        const before = await focusNow(page);
        await page.keyboard.press(key);
        await frames(page);
        const after = await focusNow(page);
        const what = `${start} start, ${key}: from ${before.on} to ${after.on}`;
        const mayStay = start === 'body' && !['j', 'k', '?'].includes(key);
        if (after.on === 'body' && !mayStay) problems.push(`${what}: the focus dropped to <body>`);
        if (after.on !== 'body' && !after.shown) problems.push(`${what}: the focus is not visible`);
        if (['t', 's', 'v', 'Escape'].includes(key) && before.on !== after.on)
          problems.push(`${what}: the focus moved`);
        if (['j', 'k'].includes(key) && after.where !== 'block') problems.push(`${what}: not on a paragraph`);
        if (key === '?') {
          if (after.where !== 'dialog') problems.push(`${what}: not in the dialog`);
          await page.keyboard.press('Escape');
          const back = await focusNow(page);
          // From the page itself, the focus goes to the shortcuts button rather than back to <body>.
          const expected = before.on === 'body' ? 'button.shortcuts-button' : before.on;
          if (back.on !== expected) problems.push(`${what}: Escape gave the focus to ${back.on}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/** The flip of paragraph `id` as the eye sees it: its visible text and which language is filled. */
function flipAsSeen(page: Page, id: string) {
  return page.locator(`[id="${id}"] .flip`).evaluate((flip) => ({
    text: (flip as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    title: flip.getAttribute('title') ?? flip.querySelector('input')!.getAttribute('title'),
    filled: [...flip.querySelectorAll<HTMLElement>('.flip-option')]
      .filter((o) => getComputedStyle(o).backgroundColor !== 'rgba(0, 0, 0, 0)')
      .map((o) => o.dataset.lang),
    shown: [...flip.closest('.block')!.querySelectorAll<HTMLElement>('.version')]
      .filter((v) => v.checkVisibility())
      .map((v) => v.dataset.lang),
  }));
}

describe('controls that say what they do', () => {
  it('the flip shows, in words on screen, which language shows and the other it will show', async () => {
    const page = await openNew(`/es${article}`);
    const id = 'the-chief-of-the-general-staff';
    expect(await flipAsSeen(page, id)).toEqual({ text: 'EN ES', title: null, filled: ['es'], shown: ['es'] });
    await page.locator(`[id="${id}"] input[name="flip"]`).evaluate((i: HTMLInputElement) => i.click());
    expect(await flipAsSeen(page, id)).toEqual({ text: 'EN ES', title: null, filled: ['en'], shown: ['en'] });
    // To assistive technology a switch, "Show paragraph 1 in English", now on.
    const input = page.locator(`[id="${id}"] input[name="flip"]`);
    expect([await input.getAttribute('role'), await input.getAttribute('aria-label')]).toEqual([
      'switch',
      'Mostrar el párrafo 1 en inglés',
    ]);
    expect(await input.isChecked()).toBe(true);
  });

  it('in the wide side by side, t and a click on a flip say why nothing changes', async () => {
    const page = await openNew(`/es${article}?view=side-by-side`);
    const url = page.url();
    const note = (n: number) => page.locator('.block').nth(n).locator('.block-note');
    const why = 'En paralelo se ven los dos idiomas: cambia el idioma de un párrafo en la vista de lectura.';

    await page
      .locator('.block')
      .nth(1)
      .evaluate((b: HTMLElement) => b.focus());
    await page.keyboard.press('j');
    await page.keyboard.press('t');
    await note(2).waitFor();
    expect(await note(2).innerText()).toBe(why);
    expect(await note(2).isVisible()).toBe(true);

    const box = (await page.locator('.block').nth(2).locator('.flip').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await note(2).innerText()).toBe(why);

    await page
      .locator('.block')
      .nth(4)
      .locator('.flip')
      .evaluate((f) => f.scrollIntoView({ block: 'center' }));
    const other = (await page.locator('.block').nth(4).locator('.flip').boundingBox())!;
    await page.mouse.click(other.x + other.width / 2, other.y + other.height / 2);
    await note(4).waitFor();
    const noteBox = (await note(4).boundingBox())!;
    expect(noteBox.y + noteBox.height, 'the note shows on screen').toBeLessThanOrEqual(wide.height);
    expect(await page.locator('input[name="flip"]:checked').count(), 'nothing flipped').toBe(0);
    expect(page.url(), 'the address is unchanged').toBe(url);
  });

  it('share says in which language its link opens when it is not the page’s', async () => {
    const page = await openNew(`/es${article}`);
    const cdp = await page.context().newCDPSession(page);
    const id = 'the-belarusian-ministry-of-defense-confirmed';
    const share = page.locator(`[id="${id}"] a.share`);
    const seen = async () => ({
      badge: (await share.innerText()).trim(),
      label: await share.getAttribute('aria-label'),
      href: await share.getAttribute('href'),
    });
    expect(await seen()).toEqual({ badge: '', label: 'Compartir el párrafo 2', href: `/es${article}/p/${id}` });

    await page.locator(`[id="${id}"] input[name="flip"]`).evaluate((i: HTMLInputElement) => i.click());
    await expect.poll(seen).toEqual({
      badge: 'EN',
      label: 'Compartir el párrafo 2 en EN: el enlace se abre en inglés',
      href: `/en${article}/p/${id}`,
    });
    expect(await share.locator('.share-note').isVisible()).toBe(true);
    const names = (await pageControls(cdp)).map((c) => c.name);
    expect(names).toContain('Compartir el párrafo 2 en EN: el enlace se abre en inglés');
  });
});

function expectNone(violations: string[], where: string) {
  const list = violations.map((v) => `\n  - ${v}`).join('');
  expect(violations.length, `axe found ${violations.length} violation(s) on ${where}:${list}\n`).toBe(0);
}

describe('axe-core in every state (WCAG 2.0–2.2 A and AA, best practices)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage({ reducedMotion: 'reduce' });
  });

  /** Audits the page as it is now in the light and the dark theme. */
  async function audit(where: string) {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      found.push(...(await axeViolations(page)).map((v) => `[${colorScheme}] ${v}`));
    }
    expectNone(found, where);
  }

  const states = views.flatMap((view) =>
    [wide, phone].flatMap((viewport) =>
      [false, true].map(
        (flipped) =>
          [
            `${view} view, ${viewport.width} px, ${flipped ? 'one paragraph flipped' : 'none flipped'}`,
            view,
            viewport,
            flipped,
          ] as const,
      ),
    ),
  );

  it.each(states)('%s', async (name, view, viewport, flipped) => {
    await page.setViewportSize(viewport);
    await open(page, `/es${article}?view=${view}${flipped ? '&flip=the-chief-of-the-general-staff' : ''}`);
    await audit(name);
  });

  it('the wide side by side with a paragraph under the pointer and its note showing', async () => {
    await page.setViewportSize(wide);
    await open(page, `/en${article}?view=side-by-side`);
    await page
      .locator('.block')
      .nth(1)
      .evaluate((b: HTMLElement) => b.focus());
    await page.keyboard.press('j');
    await page.keyboard.press('t');
    await page.locator('.block-note').waitFor();
    await page.locator('.block').nth(2).locator('.version').first().hover();
    await audit('side by side, a paragraph hovered, its note shown');
  });

  it.each([
    ['en', wide],
    ['es', wide],
    ['en', phone],
    ['es', phone],
  ] as const)('the shortcuts dialog open (%s, %o)', async (lng, viewport) => {
    await page.setViewportSize(viewport);
    await open(page, `/${lng}${article}`);
    // The shortcuts listen once their stored setting is read, after hydration (as in accessibility.test.ts).
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('?');
    await page.locator('dialog.shortcuts[open]').waitFor({ timeout: 10_000 });
    await audit(`the shortcuts dialog, ${lng}, ${viewport.width} px`);
  });
});
