// Page object of the actor search (ag-search).
import { expect, type Locator, type Page } from '@playwright/test';

export class Search {
  readonly input: Locator;
  readonly options: Locator;
  /** The option that arrows have moved to (and Enter chooses). */
  readonly active: Locator;

  constructor(readonly page: Page) {
    const root = page.locator('ag-search');
    this.input = root.getByRole('combobox', { name: 'Search actors' });
    this.options = root.getByRole('option');
    this.active = root.locator('[role="option"][aria-selected="true"]');
  }

  /** Types as a person does, one key at a time. */
  async type(text: string) {
    await this.input.click();
    await this.input.pressSequentially(text);
  }

  /** Types a name and, once the list offers it first (as a person waits to see), takes it. */
  async choose(text: string, expected = text) {
    await this.type(text);
    await expect(this.active.locator('.name')).toHaveText(expected);
    await this.page.keyboard.press('Enter');
  }
}
