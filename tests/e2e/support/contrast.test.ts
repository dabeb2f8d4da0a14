import { describe, expect, it } from 'vitest';
import { contrastRatio, effectiveBackground, parseColor } from './contrast.ts';

describe('contrast', () => {
  it('reads the colour forms Chromium reports', () => {
    expect(parseColor('rgb(21, 24, 28)')).toEqual([21, 24, 28, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('color(srgb 1 0.5 0 / 0.25)')).toEqual([255, 127.5, 0, 0.25]);
  });

  it('rates the dark-mode item text of issue 12 at 1.02:1 and black on white at 21:1', () => {
    expect(contrastRatio(parseColor('rgb(26, 26, 26)'), parseColor('rgb(21, 24, 28)'))).toBeCloseTo(
      1.02,
      2,
    );
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
  });

  it('sees through transparent backgrounds to the first painted one, blending a tint', () => {
    expect(effectiveBackground(['rgba(0, 0, 0, 0)', 'rgb(21, 24, 28)'])).toEqual([21, 24, 28, 1]);
    expect(effectiveBackground(['rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)'])).toEqual([
      127.5, 127.5, 127.5, 1,
    ]);
  });
});
