// Page objects of the main area's Graph/Tables switch and of the text view (ag-table-view).
import { expect, type Locator, type Page } from '@playwright/test';

export class MainTabs {
  readonly graph: Locator;
  readonly tables: Locator;

  constructor(page: Page) {
    const tabs = page.getByRole('group', { name: 'Main view' });
    this.graph = tabs.getByRole('button', { name: 'Graph' });
    this.tables = tabs.getByRole('button', { name: 'Tables' });
  }
}

export class DataTable {
  readonly rows: Locator;
  readonly current: Locator;

  constructor(readonly table: Locator) {
    this.rows = table.locator('tbody tr');
    this.current = table.locator('tbody tr.current');
  }

  header(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column });
  }

  /** Clicks a column's header to sort by it (again to reverse). */
  async sortBy(column: string) {
    await this.header(column).getByRole('button').click();
  }

  /** The texts of one column (1-based, as in the header), top to bottom. */
  async column(index: number): Promise<string[]> {
    const cells = await this.rows.locator(`> :nth-child(${index})`).allInnerTexts();
    return cells.map((text) => text.trim());
  }

  /** The row whose name or label (the row's button) is exactly this text. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.table.page().getByRole('button', { name, exact: true }) });
  }

  /** The button that selects a row's actor or relation. */
  link(name: string): Locator {
    return this.row(name).getByRole('button', { name, exact: true });
  }
}

export class TableView {
  readonly root: Locator;
  readonly actors: DataTable;
  readonly relations: DataTable;

  constructor(readonly page: Page) {
    this.root = page.locator('ag-table-view');
    this.actors = new DataTable(this.root.getByRole('table', { name: /^Actors/ }));
    this.relations = new DataTable(this.root.getByRole('table', { name: /^Relations/ }));
  }

  /** Opens an address that shows the tables, and waits for them (slow on a loaded machine). */
  async open(path: string) {
    await this.page.goto(path);
    await expect(this.actors.rows.first()).toBeVisible({ timeout: 20_000 });
    await expect(this.relations.rows.first()).toBeVisible();
  }
}
