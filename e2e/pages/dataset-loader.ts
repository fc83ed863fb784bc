// Page object of the "Open data…" dialog.
import { expect, type Locator, type Page } from '@playwright/test';

export interface FileToOpen {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class DatasetLoader {
  readonly root: Locator;
  readonly dialog: Locator;
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('ag-dataset-loader');
    this.dialog = this.root.getByRole('dialog');
    this.errors = this.dialog.getByRole('alert');
  }

  /** Chooses files with the file picker of the dialog. */
  async open(files: string[] | FileToOpen[]) {
    await this.root.getByRole('button', { name: 'Open data…' }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel('Files').setInputFiles(files);
  }

  /** Drops files onto the page, as a person dragging them from their desktop does. */
  async drop(files: FileToOpen[]) {
    const transfer = await this.page.evaluateHandle(
      (list) => {
        const data = new DataTransfer();
        for (const file of list) {
          data.items.add(
            new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }),
          );
        }
        return data;
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })),
    );
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }

  backToDefault() {
    return this.root.getByRole('button', { name: 'Back to the default dataset' }).click();
  }
}
