import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { selectEvent } from '../../events';
import { periodLabel, relationsOfActor, type ActorRelations } from '../../model/queries';
import type { Actor, CompiledRelation } from '../../model/schema';
import { appStateContext, type AppState } from '../../state/app-state';
import { kindLabels } from '../../theme';
import { styles } from './ag-actor-profile.styles';

/** Relations a group shows before "Show all": a hub of thousands would cost seconds to list. */
const maxRows = 50;

const groupTitles: Record<keyof ActorRelations, string> = {
  leverageHeld: 'Leverage it holds',
  leverageOver: 'Leverage held over it',
  cooperation: 'Cooperation',
  rivalry: 'Rivalry',
};

/**
 * The selected actor: name, kind, aliases, description, and its relations grouped by type and
 * direction, each with its evidence count.
 *
 * @fires ag-select - when one of its relations (or the actor at its other end) is chosen.
 */
@customElement('ag-actor-profile')
export class AgActorProfile extends LitElement {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  private appState?: AppState;

  /** The groups shown whole, and the actor they belong to (another actor starts cut again). */
  @state() private shownWhole: { actor?: string; groups: Set<keyof ActorRelations> } = {
    groups: new Set(),
  };

  override render() {
    const selection = this.appState?.selection;
    const actor =
      selection?.kind === 'actor' ? this.appState?.index.actors.get(selection.id) : undefined;
    if (!actor) return nothing;
    const { graph, visible } = this.appState!;
    const all = graph.relations.filter((r) => r.source === actor.id || r.target === actor.id);
    // The profile follows the filters, like every view; it says how many they hide.
    const groups = relationsOfActor(
      all.filter((relation) => visible.relations.has(relation.id)),
      actor.id,
    );
    const hidden = all.length - Object.values(groups).reduce((n, group) => n + group.length, 0);
    const whole = this.shownWhole.actor === actor.id ? this.shownWhole.groups : new Set();
    return html`
      <article aria-labelledby="actor-name">
        <h2 id="actor-name">${actor.name}</h2>
        <p class="kind">${kindLabels[actor.kind]}</p>
        ${actor.aliases?.length ? html`<p class="aliases">Also: ${actor.aliases.join(', ')}</p>` : nothing}
        <p>${actor.description}</p>
        ${
          hidden > 0
            ? html`<p class="hidden-count">
                ${hidden} of its ${all.length} relations hidden by the filters.
              </p>`
            : nothing
        }
        ${(Object.keys(groupTitles) as (keyof ActorRelations)[]).map((group) =>
          groups[group].length === 0
            ? nothing
            : html`<section aria-labelledby="group-${group}">
                <h3 id="group-${group}">${groupTitles[group]} (${groups[group].length})</h3>
                <ul>
                  ${(whole.has(group) ? groups[group] : groups[group].slice(0, maxRows)).map(
                    (relation) => this.renderRelation(actor, relation),
                  )}
                </ul>
                ${
                  whole.has(group) || groups[group].length <= maxRows
                    ? nothing
                    : html`<p class="more">
                        The first ${maxRows} of ${groups[group].length}.
                        <button type="button" @click=${() => this.showWhole(actor.id, group)}>
                          Show all ${groups[group].length}
                        </button>
                      </p>`
                }
              </section>`,
        )}
      </article>
    `;
  }

  private showWhole(actor: string, group: keyof ActorRelations) {
    const groups = new Set(this.shownWhole.actor === actor ? this.shownWhole.groups : []);
    groups.add(group);
    this.shownWhole = { actor, groups };
  }

  private renderRelation(actor: Actor, relation: CompiledRelation) {
    const otherId = relation.source === actor.id ? relation.target : relation.source;
    const other = this.appState!.index.actors.get(otherId)?.name ?? otherId;
    const direction = !relation.directed ? '↔' : relation.source === actor.id ? '→' : '←';
    const count = relation.evidence.length;
    return html`<li>
      <button
        type="button"
        class="relation ${relation.type}"
        @click=${() => this.dispatchEvent(selectEvent({ kind: 'relation', id: relation.id }))}
      >
        <span class="other">${direction} ${other}</span>
        <span class="label">${relation.label}</span>
        <span class="meta"
          >${periodLabel(relation.period)} · ${count} ${count === 1 ? 'quote' : 'quotes'}</span
        >
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-actor-profile': AgActorProfile;
  }
}
