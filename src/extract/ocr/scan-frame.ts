import { type PagePicture, SCAN_SHARE } from '../pdf/page-content.js';
import { OCR_DPI } from './render-page.js';

/** How a page is painted for OCR: at what resolution, and the page's size its words are measured in (points). */
export interface ScanFrame {
  dpi: number;
  width: number;
  height: number;
  /** The page's size was not its picture's: the picture was read as a 300 dpi scan. */
  resized: boolean;
}

/**
 * The longest side a page of a plan has, in points, with a tenth to spare: A3's 1,191 (B4's 1,032
 * and A4's 842 under it); and the shortest, A5's 595.
 */
const PAPER_LONG_SIDE = { max: 1191 * 1.1, min: 595 / 1.1 };

/**
 * 300 dpi on the page as the PDF sizes it, except where the page's scan gives it a size no paper
 * has: a PDF made from images that carry no resolution of their own sizes each page at 72 (or 96)
 * pixels an inch, so a 300 dpi A4 scan becomes a page of 34 × 48 inches. Painted at 300 dpi that
 * page was 151 megapixels, 105 s a page, and its text 31 pt (部長目標 by Chromium scanned and sized
 * so: record F1 0.262). There the scan is painted pixel for pixel and measured as a 300 dpi scan
 * is, which gives back the page it was (A4), whatever resolution the PDF claimed.
 */
export function scanFrame(width: number, height: number, picture: PagePicture | undefined): ScanFrame {
  const long = Math.max(width, height);
  const paper = long <= PAPER_LONG_SIDE.max && long >= PAPER_LONG_SIDE.min;
  if (!picture || picture.share < SCAN_SHARE || paper || picture.dpi === OCR_DPI) return { dpi: OCR_DPI, width, height, resized: false };
  const scale = picture.dpi / OCR_DPI;
  return { dpi: picture.dpi, width: width * scale, height: height * scale, resized: true };
}
