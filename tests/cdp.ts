import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/**
 * A headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
 * messages are JSON, each ended by a NUL, written to fd 3 and read from fd 4), so that a test can
 * open a page, run script in it and read the answer, without a WebSocket client (Node 20 has none).
 */
export class Browser {
  private readonly proc: ChildProcess;
  private readonly out: Writable;
  private next = 1;
  private buffer = '';
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: { method: string; sessionId?: string }) => void)[] = [];

  constructor(binary: string, args: string[] = []) {
    this.proc = spawn(binary, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--remote-debugging-pipe', ...args, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    this.out = this.proc.stdio[3] as Writable;
    (this.proc.stdio[4] as Readable).on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const msg = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; sessionId?: string };
        this.buffer = this.buffer.slice(end + 1);
        if (msg.id !== undefined) {
          const w = this.waiting.get(msg.id);
          this.waiting.delete(msg.id);
          if (msg.error) w?.reject(new Error(msg.error.message));
          else w?.resolve(msg.result);
        } else if (msg.method) for (const l of this.listeners) l(msg as { method: string; sessionId?: string });
      }
    });
  }

  send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.next++;
    this.out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  event(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => {
      const l = (m: { method: string; sessionId?: string }) => {
        if (m.method === method && m.sessionId === sessionId) {
          this.listeners.splice(this.listeners.indexOf(l), 1);
          resolve();
        }
      };
      this.listeners.push(l);
    });
  }

  /** Open a URL in the first tab and wait for its load event; returns the tab's session. */
  async open(url: string): Promise<string> {
    const { targetInfos } = await this.send<{ targetInfos: { targetId: string; type: string }[] }>('Target.getTargets');
    const page = targetInfos.find((t) => t.type === 'page')!;
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId: page.targetId, flatten: true });
    await this.send('Page.enable', {}, sessionId);
    const loaded = this.event('Page.loadEventFired', sessionId);
    await this.send('Page.navigate', { url }, sessionId);
    await loaded;
    return sessionId;
  }

  /** Run an expression in the page (awaiting a promise) and return its value. */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    this.proc.kill();
  }
}

/** Where one link of an inspection's side panel took the page when clicked. */
export interface Landing {
  href: string;
  /** The record the link names (its index in the page's data), null for a diagnostic's link. */
  record: number | null;
  /** The drawn page the link's target stands on; null in a text input's view. */
  page: number | null;
  /** The target is in the window after the click. */
  visible: boolean;
  /** What the side panel's detail box shows then. */
  detail: string;
}

/** Click each link of the side panel in turn, let the page scroll, and see where each target stands. */
export function clickPanelLinks(browser: Browser, tab: string): Promise<Landing[]> {
  return browser.evaluate<Landing[]>(
    tab,
    `(async () => {
      const out = [];
      for (const a of document.querySelectorAll('#panel a[href^="#"]')) {
        a.click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const target = document.getElementById(a.getAttribute('href').slice(1));
        const box = target.getBoundingClientRect();
        const page = target.closest('section.page');
        out.push({
          href: a.getAttribute('href'),
          record: a.hasAttribute('data-record') ? Number(a.getAttribute('data-record')) : null,
          page: page ? Number(page.id.slice(5)) : null,
          visible: box.bottom > 0 && box.top < innerHeight,
          detail: document.getElementById('detail').textContent,
        });
      }
      return out;
    })()`,
  );
}
