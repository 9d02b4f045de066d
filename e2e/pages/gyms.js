// Gyms: saved on the setup page (a name box, the list with Use and Delete), switched on the plan
// page by one button per gym.
import { expect } from '@playwright/test';

export class Gyms {
  constructor(page) {
    this.page = page;
  }

  /** The box the gym's name is typed into, on the setup page. */
  nameField() {
    return this.page.getByLabel('Save this equipment as a gym');
  }

  /** Saves the equipment in use under `name` (the setup page). */
  async saveAs(name) {
    await this.nameField().fill(name);
    await this.page.getByRole('button', { name: 'Save gym' }).click();
  }

  /** The message beside the name box. */
  nameError() {
    return this.page.locator('#gym-name-error');
  }

  /** The list of gyms on the setup page. */
  list() {
    return this.page.getByRole('list', { name: 'Your gyms' }).getByRole('listitem');
  }

  async delete(name) {
    await this.page.getByRole('button', { name: `Delete the gym ${name}` }).click();
  }

  /** The plan page's switch. */
  switcher() {
    return this.page.getByRole('group', { name: 'Gym' });
  }

  /** A gym's button on the plan page. */
  button(name) {
    return this.switcher().getByRole('button', { name, exact: true });
  }

  /** One tap on the plan page. */
  async use(name) {
    await this.button(name).click();
    await expect(this.button(name)).toHaveAttribute('aria-pressed', 'true');
  }
}
