// Page object of the filter bar (ag-filters): type, kind, confidence and source lists, the year
// slider with its milestones, and the focus on a neighbourhood.
import { expect, type Locator, type Page } from '@playwright/test';

export type FilterGroup = 'Relation types' | 'Actor kinds' | 'Confidence' | 'Sources';

export class Filters {
  readonly root: Locator;
  /** "25 actors, 137 relations shown". */
  readonly summary: Locator;
  readonly year: Locator;
  readonly yearShown: Locator;
  readonly allYears: Locator;
  readonly undated: Locator;
  readonly play: Locator;
  readonly focusActor: Locator;
  readonly focusSteps: Locator;
  readonly focusDirection: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('ag-filters');
    this.summary = this.root.locator('.summary');
    this.year = this.root.getByRole('slider', { name: 'Year' });
    this.yearShown = this.root.locator('fieldset.time output');
    this.allYears = this.root.getByRole('checkbox', { name: 'All years' });
    this.undated = this.root.getByRole('checkbox', { name: 'Undated relations' });
    this.play = this.root.getByRole('button', { name: /^(Play|Pause)$/ });
    this.focusActor = this.root.getByRole('combobox', { name: 'Focus on actor' });
    this.focusSteps = this.root.getByRole('combobox', { name: 'Steps' });
    this.focusDirection = this.root.getByRole('combobox', { name: 'Direction' });
  }

  /** The summary as it should read for these counts. */
  static summaryText(actors: number, relations: number): string {
    return `${actors} actors, ${relations} relations shown`;
  }

  /** Opens one of the drop-down lists (a <details>) and returns it. */
  async open(group: FilterGroup): Promise<Locator> {
    const details = this.root.locator('details').filter({
      has: this.page.locator('summary', { hasText: group }),
    });
    if ((await details.getAttribute('open')) === null) {
      await details.locator('summary').click();
    }
    await expect(details.locator('fieldset')).toBeVisible();
    return details;
  }

  /** Closes an open list with Escape, as a keyboard user does. */
  async close(list: Locator) {
    await list.locator('input').first().focus();
    await this.page.keyboard.press('Escape');
    await expect(list.locator('fieldset')).toBeHidden();
    await expect(list.locator('summary')).toBeFocused();
  }

  /** A checkbox of an open list, by the option's name (its count follows the name). */
  option(list: Locator, name: string): Locator {
    return list.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  }

  /** The label of an option: its name and "N of M" shown. */
  optionLabel(list: Locator, name: string): Locator {
    return list.locator('label').filter({ hasText: new RegExp(`^\\s*${name}\\b`) });
  }

  milestone(label: string): Locator {
    return this.root
      .getByRole('group', { name: 'Milestones' })
      .getByRole('button', { name: label });
  }

  focusType(type: string): Locator {
    return this.root
      .getByRole('group', { name: 'Focus relation types' })
      .getByRole('checkbox', { name: type });
  }
}
