// The page's geometry, as a lifter's eye sees it: whether anything scrolls sideways, is cut off
// or drawn over a control, where a set row sits against the fixed timer bar, and the bar's size.
export class Layout {
  constructor(page) {
    this.page = page;
  }

  // The screen's width as set, not `innerWidth`: a phone browser widens its layout viewport to
  // fit a page that is too wide, which would hide the very overflow looked for.
  screenWidth() {
    return this.page.viewportSize().width;
  }

  /** How far the page is wider than the screen (0 when nothing scrolls sideways). */
  async sidewaysScroll() {
    const width = await this.page.evaluate(() => document.documentElement.scrollWidth);
    return width - this.screenWidth();
  }

  /**
   * Every visible control that sticks out of the screen's width or out of a box that clips it
   * (a row that scrolls on purpose, the rest chips, only has to keep itself on screen).
   */
  async cutOff() {
    return this.page.evaluate((screen) => {
      const out = [];
      const controls = document.querySelectorAll('button, input, select, summary, label, output');
      for (const el of controls) {
        const r = el.getBoundingClientRect();
        if (el.offsetParent === null || r.width === 0 || el.closest('.visually-hidden')) continue;
        if (el.closest('.chips')) continue;
        const name = el.outerHTML.slice(0, 70);
        if (r.left < -0.5 || r.right > screen + 0.5) out.push(`off screen: ${name}`);
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const c = p.getBoundingClientRect();
          if (r.left < c.left - 0.5 || r.right > c.right + 0.5) out.push(`clipped: ${name}`);
          break;
        }
      }
      const chips = document.querySelector('.chips');
      if (chips) {
        const r = chips.getBoundingClientRect();
        if (r.left < 0 || r.right > screen + 0.5) out.push('the rest chips row is off screen');
      }
      return out;
    }, this.screenWidth());
  }

  /**
   * Pairs of a control and a piece of text (or another control) drawn over each other, in the
   * page or in the timer bar (the page scrolling under the bar is not an overlap).
   */
  async overlaps() {
    return this.page.evaluate(() => {
      const visible = (el) => el.offsetParent !== null && !el.closest('.visually-hidden');
      const controls = [...document.querySelectorAll('button, input, select, summary')].filter(visible);
      const texts = [...document.querySelectorAll('body *')].filter(
        (el) =>
          visible(el) &&
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()),
      );
      const layer = (el) => (el.closest('.timer') ? 'bar' : 'page');
      const boxes = (el) => [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const hit = (a, b) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      const out = [];
      for (const c of controls) {
        for (const t of [...texts, ...controls]) {
          if (t === c || c.contains(t) || t.contains(c) || layer(c) !== layer(t)) continue;
          // A control's own label, wrapping it (radios, checkboxes), is part of it.
          if (t.tagName === 'LABEL' && (t.control === c || t.contains(c))) continue;
          if (boxes(c).some((a) => boxes(t).some((b) => hit(a, b)))) {
            out.push(`${c.outerHTML.slice(0, 60)} over ${t.outerHTML.slice(0, 60)}`);
          }
        }
      }
      return [...new Set(out)];
    });
  }

  /** The fixed timer bar's box on screen. */
  async bar() {
    return this.page.getByTestId('timer').boundingBox();
  }

  /**
   * Whether an element is wholly on screen and above the timer bar (not under it), as the
   * lifter sees it now.
   */
  async fullyAboveTheBar(locator) {
    const box = await locator.boundingBox();
    const bar = await this.bar();
    return box !== null && bar !== null && box.y >= 0 && box.y + box.height <= bar.y + 0.5;
  }

  /** Each set row's height in px, in order, with whether it is ticked. */
  async setRows() {
    return this.page.getByTestId('set-row').evaluateAll((rows) =>
      rows.map((r) => ({ height: r.getBoundingClientRect().height, done: r.classList.contains('done') })),
    );
  }

  /** Where each open row's load starts, from the left of the screen. */
  async loadStarts() {
    return this.page.locator('[data-testid="set-row"]:not(.done) [data-testid="load"]').evaluateAll((loads) =>
      loads.map((l) => Math.round(l.getBoundingClientRect().left)),
    );
  }

  /** How many set rows are whole on the screen above the timer bar. */
  async wholeRowsAboveTheBar() {
    const bar = await this.bar();
    return this.page.getByTestId('set-row').evaluateAll(
      (rows, top) => rows.filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= 0 && b.bottom <= top + 0.5;
      }).length,
      bar.y,
    );
  }

  /** Where the page's title, its links to the setup page and its first card stand (px). */
  async frame() {
    return this.page.evaluate(() =>
      ['h1', '.setup-links', 'article'].map((s) => {
        const b = document.querySelector(s)?.getBoundingClientRect();
        return b ? { part: s, top: Math.round(b.top), left: Math.round(b.left) } : { part: s };
      }),
    );
  }

  /** The sum of layout shifts since the page began (CLS without its windows: an upper bound). */
  async layoutShift() {
    return this.page.evaluate(() => new Promise((resolve) => {
      let sum = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(sum), 500);
    }));
  }
}
