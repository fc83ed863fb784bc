// Page object of the analysis panel: keeps its shadow-DOM structure out of the test bodies.
import { expect, type Locator, type Page } from '@playwright/test';

export type AnalysisSection = 'Influence' | 'Paths' | 'Blocs';

export class Analysis {
  readonly root: Locator;
  readonly sections: Locator;
  readonly ranking: Locator;
  readonly chart: Locator;
  readonly centrality: Locator;
  readonly paths: Locator;
  readonly pathStatus: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('ag-analysis');
    this.sections = this.root.getByRole('group', { name: 'Analysis' });
    this.ranking = this.root.getByRole('list', { name: 'Actors by influence exerted' });
    this.chart = this.root.locator('details.chart');
    this.centrality = this.root.locator('details', { hasText: 'Centrality' }).locator('table');
    this.paths = this.root.locator('li.path');
    this.pathStatus = this.root.getByRole('status');
  }

  /** Opens the Analysis tab of the side panel and waits for its content to load. */
  async open() {
    await this.page
      .getByRole('group', { name: 'Side panel' })
      .getByRole('button', { name: 'Analysis' })
      .click();
    await this.loaded();
  }

  /** Waits for the lazily loaded content (the first time, on a slow machine, takes a while). */
  async loaded() {
    await expect(this.sections).toBeVisible({ timeout: 20_000 });
  }

  async show(section: AnalysisSection) {
    await this.sections.getByRole('button', { name: section }).click();
    await expect(this.sections.getByRole('button', { name: section })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }

  /** A ranked actor of the influence list. */
  rankedActor(name: string): Locator {
    return this.ranking
      .locator(':scope > li')
      .filter({ has: this.page.locator('.name', { hasText: name }) });
  }

  /** The names written next to the chart's points. */
  chartLabels(): Locator {
    return this.chart.locator('svg .point text');
  }

  async openChart() {
    await this.chart.locator('summary').click();
    await expect(this.chart.locator('svg')).toBeVisible();
  }

  /** Chooses the two ends of a path (by the actors' names) and, when given, types and length. */
  async findPaths(
    from: string,
    to: string,
    options: { types?: string[]; maxLength?: number } = {},
  ): Promise<void> {
    await this.root.getByLabel('From', { exact: true }).selectOption({ label: from });
    await this.root.getByLabel('To', { exact: true }).selectOption({ label: to });
    if (options.types) {
      for (const type of ['cooperation', 'rivalry', 'leverage']) {
        await this.root
          .getByRole('group', { name: 'Steps may follow' })
          .getByLabel(type, { exact: true })
          .setChecked(options.types.includes(type));
      }
    }
    if (options.maxLength) {
      await this.root.getByLabel('At most').selectOption(String(options.maxLength));
    }
  }

  /** The listed path through these actors, in order (by name). */
  path(actors: string[]): Locator {
    return this.paths.filter({
      has: this.page.locator('.route').getByText(actors.join(' → '), { exact: true }),
    });
  }

  /** Opens a path's steps and evidence; returns its steps. */
  async stepsOf(path: Locator): Promise<Locator> {
    const details = path.locator('details');
    if ((await details.getAttribute('open')) === null) {
      await details.locator('summary').click();
    }
    return path.locator('li.step');
  }

  async light(path: Locator) {
    await path.getByRole('button', { name: /^Light on the graph/ }).click();
    await expect(path.getByRole('button', { name: /^Light on the graph/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }

  /** The members of bloc 0 or 1, as written in the panel. */
  bloc(index: 0 | 1): Locator {
    return this.root.locator(`[data-bloc="${index}"] .members`);
  }

  /** Both blocs as one line each, to compare two states of the panel. */
  async blocMembership(): Promise<string[]> {
    await expect(this.bloc(0)).toBeVisible();
    return [(await this.bloc(0).textContent())!.trim(), (await this.bloc(1).textContent())!.trim()];
  }
}
