// The settings, on the setup page (setup/): unit, bar, plates on hand (and adding a plate),
// rounding, default rests. The plan page links to them.
import { expect } from '@playwright/test';

export class Settings {
  constructor(page) {
    this.page = page;
  }

  /** From the plan page, as a lifter does: its "Settings" link opens the setup page there. */
  async open() {
    await this.page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(this.barField()).toBeVisible();
  }

  /** Back to the plan page by the setup page's "Back to plan". */
  async done() {
    await this.page.getByRole('link', { name: 'Back to plan' }).click();
    await expect(this.page.getByTestId('plan-link')).toBeVisible();
  }

  /** The unit radio, 'kg' or 'lb'. */
  unitChoice(unit) {
    return this.page.getByLabel(unit, { exact: true });
  }

  async useUnit(unit) {
    await this.unitChoice(unit).check();
  }

  barField() {
    return this.page.getByLabel('Bar', { exact: true });
  }

  async setBar(weight) {
    await this.barField().fill(weight);
  }

  /** A rounding radio, e.g. 'Nearest'. */
  roundingChoice(name) {
    return this.page.getByRole('radio', { name, exact: true });
  }

  async roundTo(name) {
    await this.roundingChoice(name).check();
  }

  /** The '+' of a plate on hand, e.g. morePlatesButton('0.5 kg'). */
  morePlatesButton(plate) {
    return this.page.getByRole('button', { name: `More ${plate} plates` });
  }

  async morePlates(plate) {
    await this.morePlatesButton(plate).click();
  }

  async fewerPlates(plate) {
    await this.page.getByRole('button', { name: `Fewer ${plate} plates` }).click();
  }

  /** How many pairs of a plate are on hand, e.g. pairsOf('25 kg'). */
  pairsOf(plate) {
    return this.page.getByLabel(`${plate} pairs`, { exact: true });
  }

  /** Adds a plate to the ones on hand: its weight, then its unit ('kg' or 'lb'). */
  async addPlate(weight, unit) {
    await this.page.getByLabel('Plate weight to add').fill(weight);
    await this.page.getByLabel('Unit of the plate to add').selectOption(unit);
    await this.page.getByRole('button', { name: 'Add plate' }).click();
  }

  /** The default rest before work sets, in seconds. */
  restBeforeWorkSetsField() {
    return this.page.getByLabel('Rest before work sets');
  }

  /** Where the three default-rest boxes start, from the top of the screen. */
  async restFieldTops() {
    const labels = ['Rest before warm-ups', 'Rest before work sets', 'Rest before back-off'];
    const boxes = labels.map((l) => this.page.getByLabel(l).boundingBox());
    return (await Promise.all(boxes)).map((b) => Math.round(b.y));
  }

  restBeforeWorkSetsError() {
    return this.page.locator('#rest-work-error');
  }
}
