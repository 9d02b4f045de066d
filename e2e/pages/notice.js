// The notice strip at the top of the page: what the page tells the lifter (a removal, a URL or
// storage it could not read, settings it could not save) and the Undo offered after a removal.
export class Notice {
  constructor(page) {
    this.page = page;
  }

  /** The notice itself (absent when there is nothing to say). */
  message() {
    return this.page.getByTestId('notice');
  }

  undoButton() {
    return this.page.getByRole('button', { name: 'Undo' });
  }

  async undo() {
    await this.undoButton().click();
  }

  /** "Don't keep it", offered when a link added its plan to the library. */
  async dontKeepIt() {
    await this.page.getByRole('button', { name: "Don't keep it" }).click();
  }
}
