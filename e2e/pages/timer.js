// The rest-timer bar: the preset and custom rests that start it, and while it runs its clock,
// status line, screen-reader announcement, the next set, and pause / resume / ±15 s / skip / close.
import { answerTheQuestion } from './plan.js';

export class Timer {
  constructor(page) {
    this.page = page;
  }

  /** The chip that starts a rest of this length, e.g. '1:30' ('Start a 1:30 rest'). */
  preset(length) {
    return this.page.getByRole('button', { name: `Start a ${length} rest`, exact: true });
  }

  async startRest(length) {
    await this.preset(length).click();
  }

  customRestField() {
    return this.page.getByLabel('Custom rest, seconds or m:ss');
  }

  /** Types a rest of one's own (seconds or m:ss) and starts it. */
  async startCustomRest(length) {
    await this.customRestField().fill(length);
    await this.page.getByRole('button', { name: 'Start the custom rest' }).click();
  }

  /** Why the custom rest typed cannot start. */
  customRestError() {
    return this.page.locator('#custom-rest-error');
  }

  /** Types a rest of one's own and starts it with the keypad's Enter. */
  async startCustomRestWithEnter(length) {
    await this.customRestField().fill(length);
    await this.customRestField().press('Enter');
  }

  /** The bar once every set is ticked: 'Session done…' and Start over. */
  sessionDone() {
    return this.page.getByTestId('session-done');
  }

  /** Starts over from the bar, saying yes when asked; returns the question asked. */
  async startOverFromTheBar() {
    return answerTheQuestion(this.page, true, () =>
      this.sessionDone().getByRole('button', { name: 'Start over' }).click(),
    );
  }

  /** The whole bar, fixed at the bottom of the screen. */
  bar() {
    return this.page.getByTestId('timer');
  }

  /** The big countdown, e.g. '1:30', or '+0:05' once the rest is over. */
  clock() {
    return this.page.getByTestId('timer-clock');
  }

  /** The line under the clock: when the next set is due, 'Paused', or 'Rest over'. */
  status() {
    return this.page.getByTestId('timer-sub');
  }

  /** What a screen reader is told (rest started, 10 seconds left, rest over). */
  announcement() {
    return this.page.getByTestId('timer-announce');
  }

  /** What the next set is. */
  nextSet() {
    return this.page.getByTestId('timer-next');
  }

  pauseButton() {
    return this.page.getByRole('button', { name: 'Pause' });
  }

  resumeButton() {
    return this.page.getByRole('button', { name: 'Resume' });
  }

  async pause() {
    await this.pauseButton().click();
  }

  async resume() {
    await this.resumeButton().click();
  }

  async fifteenSecondsMore() {
    await this.page.getByRole('button', { name: '15 seconds more' }).click();
  }

  async fifteenSecondsLess() {
    await this.page.getByRole('button', { name: '15 seconds less' }).click();
  }

  async skip() {
    await this.page.getByRole('button', { name: 'Skip the rest' }).click();
  }

  async close() {
    await this.page.getByRole('button', { name: 'Close the timer' }).click();
  }
}
