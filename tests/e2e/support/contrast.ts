/**
 * WCAG contrast of what a reader sees: the page reports each label's text colour and the
 * background colours from it up to the page; this blends them (alpha included) and rates them.
 */
import type { Page } from '@playwright/test';

export type Rgba = [number, number, number, number];

/** Reads `rgb(…)`, `rgba(…)` and `color(srgb …)` as Chromium reports computed colours. */
export function parseColor(text: string): Rgba {
  const rgb = text.match(/^rgba?\(([^)]+)\)$/);
  if (rgb) {
    const [r, g, b, a = 1] = rgb[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r!, g!, b!, a];
  }
  const srgb = text.match(/^color\(srgb ([^)]+)\)$/);
  if (srgb) {
    const [r, g, b, a = 1] = srgb[1]!
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number);
    return [r! * 255, g! * 255, b! * 255, a];
  }
  throw new Error(`unreadable colour ${text}`);
}

/** `top` painted over the opaque `bottom`. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colour under an element: its backgrounds from the page down, blended. */
export function effectiveBackground(backgroundsInnermostFirst: string[]): Rgba {
  return backgroundsInnermostFirst
    .map(parseColor)
    .reverse()
    .reduce<Rgba>((under, layer) => blend(layer, under), [255, 255, 255, 1]);
}

export interface LabelContrast {
  text: string;
  ratio: number;
}

/** The contrast of every visible element matching `selector` that holds text of its own. */
export async function labelContrasts(page: Page, selector: string): Promise<LabelContrast[]> {
  const samples = await page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const ownText = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      const box = element.getBoundingClientRect();
      if (!ownText || box.width === 0 || box.height === 0) return [];
      const backgrounds: string[] = [];
      for (let at: Element | null = element; at; at = at.parentElement) {
        backgrounds.push(getComputedStyle(at).backgroundColor);
      }
      return [{ text: ownText, color: getComputedStyle(element).color, backgrounds }];
    }),
  );
  return samples.map(({ text, color, backgrounds }) => {
    const background = effectiveBackground(backgrounds);
    return { text, ratio: contrastRatio(blend(parseColor(color), background), background) };
  });
}
