import { deskew } from './deskew.js';
import { descreen, halftoneShapes, printsHalftone, type HalftoneShapes } from './halftone.js';
import { imageRules } from './image-rules.js';
import type { Fill, Rule } from '../pdf/page-content.js';

/** A page's picture made ready for Tesseract, and the rules and boxes found in it. */
export interface PagePicture {
  /** The page turned square, its rules painted out and its dark boxes inverted (image-rules.ts). */
  unruled: Uint8Array;
  rules: Rule[];
  fills: Fill[];
  /** Degrees the page was turned back square by (deskew.ts). */
  angle: number;
}

/**
 * A black-and-white page loses its halftone specks before it is read (halftone.ts), but its rules
 * and boxes are found in its shapes seen from a step back, turned square by the same angle: in
 * the page without its specks a grey rule is a broken row of dots, no rule at all, and a dark
 * cell's white letters are ragged.
 * `scaleX`/`scaleY`: points per pixel, for the rules and fills.
 */
export function pagePicture(pixels: Uint8Array, width: number, height: number, scaleX: number, scaleY: number): PagePicture {
  const prints = printsHalftone(pixels, width, height);
  const square = deskew(descreen(pixels, width, height, prints), width, height);
  let halftone: HalftoneShapes | undefined;
  if (prints) {
    const { shapes, smooth } = halftoneShapes(pixels, width, height);
    const turned = (p: Uint8Array) => deskew(p, width, height, square.angle).pixels;
    halftone = { shapes: turned(shapes), smooth: turned(smooth) };
  }
  const { rules, fills, unruled } = imageRules(square.pixels, width, height, scaleX, scaleY, halftone);
  return { unruled, rules, fills, angle: square.angle };
}
